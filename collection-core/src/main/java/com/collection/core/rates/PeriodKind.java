package com.collection.core.rates;

/** A board covers an ISO week (Monday to Sunday) or a calendar month. */
public enum PeriodKind {
  WEEK, MONTH
}
