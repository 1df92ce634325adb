package com.collection.core.rates;

import com.collection.core.billing.FeeYears;
import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection-rate board of a week or month for one community or the whole company, by
 * building, staff member or community, per DOMAIN.md's "Collection-rate definitions". Each
 * building's figures are of its community's fee year containing the period's last day.
 */
@Service
public class ViewBoard {

  private final Boards boards;
  private final Communities communities;
  private final Clock clock;

  public ViewBoard(Boards boards, Communities communities, Clock clock) {
    this.boards = boards;
    this.communities = communities;
    this.clock = clock;
  }

  /**
   * @param periodText "2026-W49" or "2026-12"; blank for the current period of {@code kind}
   * @param communityId null for the company
   */
  @Transactional(readOnly = true)
  public Board view(String periodText, PeriodKind kind, Long communityId, BoardView view) {
    LocalDate today = LocalDate.now(clock);
    Community community = null;
    List<Community> scope;
    if (communityId != null) {
      community = communities.byId(communityId)
          .orElseThrow(() -> DomainException.onField("community", "rates.community.unknown"));
      scope = List.of(community);
    } else {
      scope = communities.all();
    }
    BoardPeriod period = periodText == null || periodText.isBlank()
        ? BoardPeriod.containing(kind == null ? PeriodKind.WEEK : kind, today) : BoardPeriod.parse(periodText);
    LocalDate earliest = earliestDay(scope, today);
    if (period.start().isAfter(today)) {
      throw DomainException.onField("period", "rates.period.future", period.key());
    }
    if (period.end().isBefore(earliest)) {
      throw DomainException.onField("period", "rates.period.tooOld", period.key(), earliest);
    }
    LocalDate lastDay = period.lastDay(today);

    List<Boards.BuildingFigures> buildings = new ArrayList<>();
    List<Board.FeeYearLine> feeYears = new ArrayList<>();
    Map<Long, Figures> byCommunity = new HashMap<>();
    for (Community c : scope) {
      int feeYear = FeeYears.containing(lastDay, c.feeYearStartMonth());
      LocalDate start = FeeYears.firstDay(feeYear, c.feeYearStartMonth());
      FeeYearWindow window = new FeeYearWindow(feeYear, start, period.start(), lastDay);
      feeYears.add(new Board.FeeYearLine(c.name(), feeYear, start, start.plusYears(1).minusDays(1),
          !window.sameFeeYearAtStart()));
      List<Boards.BuildingFigures> figures = boards.figures(c.id(), window);
      buildings.addAll(figures);
      byCommunity.put(c.id(), figures.stream().map(Boards.BuildingFigures::figures).reduce(Figures.NONE, Figures::plus));
    }
    Figures all = byCommunity.values().stream().reduce(Figures.NONE, Figures::plus);
    BoardRow total = community != null ? new BoardRow(community.id(), community.name(), community.id(), null, all, null)
        : new BoardRow(0, "", null, null, all, null);

    List<BoardRow> rows = switch (view == null ? BoardView.BUILDING : view) {
      case BUILDING -> buildings.stream()
          .map(b -> new BoardRow(b.buildingId(), b.name(), b.communityId(), null, b.figures(), null)).toList();
      case COMMUNITY -> scope.stream()
          .map(c -> new BoardRow(c.id(), c.name(), c.id(), null, byCommunity.get(c.id()), null)).toList();
      case STAFF -> staffRows(communityId, buildings, period.start(), lastDay, today);
    };

    BoardPeriod previous = period.previous().end().isBefore(earliest) ? null : period.previous();
    BoardPeriod next = period.next().start().isAfter(today) ? null : period.next();
    return new Board(period, lastDay, period.contains(today), previous, next, community,
        view == null ? BoardView.BUILDING : view, feeYears, Ranking.rank(rows), total);
  }

  /** A staff member's row: the sums of the buildings assigned to them now (one building may be in two rows). */
  private List<BoardRow> staffRows(Long communityId, List<Boards.BuildingFigures> buildings, LocalDate start,
      LocalDate end, LocalDate today) {
    Map<Long, Figures> byBuilding = new HashMap<>();
    buildings.forEach(b -> byBuilding.put(b.buildingId(), b.figures()));
    Map<Long, BoardRow.Completion> completion = boards.completion(communityId, start, end, today);
    List<BoardRow> rows = new ArrayList<>();
    for (Boards.Assignment assignment : boards.assignments(communityId)) {
      Figures sum = assignment.buildingIds().stream().map(id -> byBuilding.getOrDefault(id, Figures.NONE))
          .reduce(Figures.NONE, Figures::plus);
      rows.add(new BoardRow(assignment.staffId(), assignment.name(), null, null, sum,
          completion.getOrDefault(assignment.staffId(), new BoardRow.Completion(0, 0))));
    }
    return rows;
  }

  /**
   * The first day a board may show: periods ending before the first day of fee year Y(today) − 2 are
   * refused (for the company, of the community whose limit is latest, so every figure is in range).
   */
  static LocalDate earliestDay(List<Community> scope, LocalDate today) {
    LocalDate earliest = FeeYears.firstDay(FeeYears.containing(today, 1) - 2, 1);
    boolean first = true;
    for (Community c : scope) {
      LocalDate limit = FeeYears.firstDay(FeeYears.containing(today, c.feeYearStartMonth()) - 2, c.feeYearStartMonth());
      if (first || limit.isAfter(earliest)) {
        earliest = limit;
      }
      first = false;
    }
    return earliest;
  }
}
