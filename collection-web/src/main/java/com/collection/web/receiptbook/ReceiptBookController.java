package com.collection.web.receiptbook;

import com.collection.core.estate.Community;
import com.collection.core.estate.ViewEstate;
import com.collection.core.receiptbook.ReceiptState;
import com.collection.core.receiptbook.ViewReceiptBook;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.web.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The receipt book (收据簿): a community's receipt numbers of a year in order, and whether any is missing. */
@Controller
class ReceiptBookController {

  static final int PAGE_SIZE = 50;

  private final ViewReceiptBook book;
  private final ViewEstate estate;
  private final Clock clock;

  ReceiptBookController(ViewReceiptBook book, ViewEstate estate, Clock clock) {
    this.book = book;
    this.estate = estate;
    this.clock = clock;
  }

  @GetMapping("/receipt-book")
  String book(@RequestParam(name = "community", required = false) Long communityId,
      @RequestParam(name = "year", required = false) Integer year,
      @RequestParam(name = "state", required = false) ReceiptState state,
      @RequestParam(name = "collector", required = false) Long collectorId,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    List<Community> communities = estate.communities();
    model.addAttribute("communities", communities);
    model.addAttribute("states", ReceiptState.values());
    model.addAttribute("state", state);
    model.addAttribute("collectorId", collectorId);
    Community community = communities.stream().filter(c -> communityId == null || c.id().equals(communityId))
        .findFirst().orElse(null);
    model.addAttribute("community", community);
    if (community == null) {
      return "receiptbook/book";
    }
    int which = year == null ? LocalDate.now(clock).getYear() : year;
    List<Integer> years = new ArrayList<>(book.years(community.id(), viewer));
    if (!years.contains(which)) {
      years.add(0, which);
    }
    model.addAttribute("year", which);
    model.addAttribute("years", years);
    model.addAttribute("collectors", book.collectors(community.id(), which, viewer));
    model.addAttribute("gaps", book.gaps(community.id(), which, viewer));
    model.addAttribute("entries", book.entries(community.id(), which, state, collectorId, viewer,
        PageRequest.of(page, PAGE_SIZE)));
    return "receiptbook/book";
  }
}
