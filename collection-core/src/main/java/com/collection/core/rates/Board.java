package com.collection.core.rates;

import com.collection.core.estate.Community;
import java.time.LocalDate;
import java.util.List;

/**
 * A board as shown: the period and the day its figures are taken (today while it runs), the
 * neighbouring periods a user may open (null where refused), the ranked rows of the chosen view
 * and the scope's own total (the community's, or the company's).
 */
public record Board(BoardPeriod period, LocalDate lastDay, boolean current, BoardPeriod previous, BoardPeriod next,
    Community community, BoardView view, List<FeeYearLine> feeYears, List<BoardRow> rows, BoardRow total) {

  /** Which fee year a community's figures are of. */
  public record FeeYearLine(String communityName, int feeYear, LocalDate start, LocalDate end,
      boolean changeAcrossFeeYears) {
  }
}
