package com.collection.core.rates;

import java.time.LocalDate;

/**
 * What a community's board figures are taken over: fee year Y (the one containing e) starting on
 * Y0, and the period [s, e] (e: the period's last day, or today while it runs).
 */
public record FeeYearWindow(int feeYear, LocalDate feeYearStart, LocalDate start, LocalDate end) {

  /** The day before the period, whose figures the change and the period's amount start from. */
  public LocalDate dayBefore() {
    return start.minusDays(1);
  }

  /** False when the period starts the fee year (s − 1 lies in the year before): the change is "—". */
  public boolean sameFeeYearAtStart() {
    return !dayBefore().isBefore(feeYearStart);
  }
}
