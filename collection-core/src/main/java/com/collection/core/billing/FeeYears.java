package com.collection.core.billing;

import java.time.LocalDate;

/**
 * Fee years: a community's billing year starts on the first day of its start month. A fee year is
 * named by the calendar year it starts in.
 */
public final class FeeYears {

  private FeeYears() {
  }

  public static int containing(LocalDate date, int startMonth) {
    return date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
  }

  public static LocalDate firstDay(int feeYear, int startMonth) {
    return LocalDate.of(feeYear, startMonth, 1);
  }
}
