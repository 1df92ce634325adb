package com.collection.web.rates;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;

import com.collection.core.estate.BuildingSummary;
import com.collection.core.estate.ViewEstate;
import com.collection.core.rates.Board;
import com.collection.core.rates.BoardView;
import com.collection.core.rates.PeriodKind;
import com.collection.core.rates.ViewBoard;
import com.collection.core.rates.ViewBuildingArrears;
import com.collection.core.shared.DomainException;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published collection-rate boards (every signed-in staff member sees every ranking) and a
 * building's arrears list behind its row (its staff and managers only). Parameters are read as
 * text and judged here, so a bad one is a message on its field, never an error page.
 */
@Controller
class BoardsController {

  static final int ROWS_PER_PAGE = 50;

  private final ViewBoard boards;
  private final ViewBuildingArrears arrears;
  private final ViewEstate estate;

  BoardsController(ViewBoard boards, ViewBuildingArrears arrears, ViewEstate estate) {
    this.boards = boards;
    this.arrears = arrears;
    this.estate = estate;
  }

  @GetMapping("/boards")
  String board(@RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "community", required = false) String community,
      @RequestParam(name = "view", required = false) String view,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    Map<String, String> problems = new LinkedHashMap<>();
    PeriodKind periodKind = choice(kind, PeriodKind.class, PeriodKind.WEEK, "kind", problems);
    BoardView boardView = choice(view, BoardView.class, BoardView.BUILDING, "view", problems);
    Long communityId = id(community, problems);
    String periodText = period == null ? "" : period.strip();
    var communities = estate.communities();
    model.addAttribute("communities", communities);
    model.addAttribute("communityNames", communities.stream().collect(Collectors.toMap(c -> c.id(), c -> c.name())));
    model.addAttribute("communityId", communityId);
    model.addAttribute("kind", periodKind.name().toLowerCase(Locale.ROOT));
    model.addAttribute("view", boardView.name().toLowerCase(Locale.ROOT));
    model.addAttribute("period", periodText.length() > 40 ? periodText.substring(0, 40) : periodText);
    model.addAttribute("problems", problems);
    model.addAttribute("problemArguments", new Object[0]);
    if (problems.isEmpty()) {
      try {
        Board board = boards.view(periodText, periodKind, communityId, boardView);
        model.addAttribute("board", board);
        // ranked over the whole board, shown a page at a time (a company board has thousands of rows)
        model.addAttribute("rows", Page.slice(board.rows(), PageRequest.of(page, ROWS_PER_PAGE)));
        model.addAttribute("period", board.period().key());
        model.addAttribute("kind", board.period().kind().name().toLowerCase(Locale.ROOT));
        model.addAttribute("drillable", drillable());
      } catch (DomainException e) {
        FormErrors.rethrowIfNotARule(e);
        problems.put(e.field() == null ? "period" : e.field(), e.code());
        model.addAttribute("problemArguments", e.args());
      }
    }
    return "rates/board";
  }

  @GetMapping("/boards/buildings/{buildingId}")
  String building(@PathVariable long buildingId, @RequestParam(name = "page", required = false) Integer page,
      Model model) {
    var list = arrears.view(buildingId, CurrentUser.require().viewer());
    model.addAttribute("arrears", list);
    model.addAttribute("lines", Page.slice(list.lines(), PageRequest.of(page, ROWS_PER_PAGE)));
    return "rates/building";
  }

  /** The buildings whose drill-down the user may open: all for managers, their own for staff. */
  private Set<Long> drillable() {
    return estate.buildings(CurrentUser.require().viewer()).stream().map(BuildingSummary::buildingId)
        .collect(Collectors.toSet());
  }

  private static <E extends Enum<E>> E choice(String text, Class<E> type, E otherwise, String field,
      Map<String, String> problems) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(text.strip())) {
        return value;
      }
    }
    problems.put(field, "rates." + field + ".invalid");
    return otherwise;
  }

  private static Long id(String text, Map<String, String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.length() <= 18 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Long.parseLong(value);
    }
    problems.put("community", "rates.community.unknown");
    return null;
  }
}
