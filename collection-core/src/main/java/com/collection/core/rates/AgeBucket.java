package com.collection.core.rates;

/** The age of a unit's arrears, counted in days from its oldest unpaid due date. */
public enum AgeBucket {
  UP_TO_30, DAYS_31_TO_90, DAYS_91_TO_180, DAYS_181_TO_365, OVER_365;

  public static AgeBucket of(long days) {
    if (days <= 30) {
      return UP_TO_30;
    }
    if (days <= 90) {
      return DAYS_31_TO_90;
    }
    if (days <= 180) {
      return DAYS_91_TO_180;
    }
    return days <= 365 ? DAYS_181_TO_365 : OVER_365;
  }
}
