package com.collection.core.arrears;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An owner's promise to pay on a date. It covers the bills that were open and due on or before the
 * day it was made, and what they owed then; it is kept when all of them are paid or adjusted by
 * the end of the promised day.
 */
public record Promise(LocalDate promisedDate, LocalDate madeOn, Money dueWhenMade, List<Long> coveredBillIds) {

  /** How far ahead staff may accept a promise (owners on the bill page: 30). */
  public static final int STAFF_MAX_DAYS_AHEAD = 60;

  public Promise {
    Objects.requireNonNull(promisedDate, "promisedDate");
    Objects.requireNonNull(madeOn, "madeOn");
    Objects.requireNonNull(dueWhenMade, "dueWhenMade");
    coveredBillIds = List.copyOf(coveredBillIds);
  }

  /**
   * Refuses a date staff may not accept on {@code today}: none, in the past, or more than 60 days
   * ahead (day 60 accepted, day 61 refused).
   */
  public static void checkTakenByStaff(LocalDate promisedDate, LocalDate today) {
    if (promisedDate == null) {
      throw DomainException.onField("promisedDate", "arrears.promise.required");
    }
    if (promisedDate.isBefore(today)) {
      throw DomainException.onField("promisedDate", "arrears.promise.past");
    }
    if (promisedDate.isAfter(today.plusDays(STAFF_MAX_DAYS_AHEAD))) {
      throw DomainException.onField("promisedDate", "arrears.promise.tooFar", STAFF_MAX_DAYS_AHEAD);
    }
  }

  /** The day the promise is judged: the day after the promised date, when that day has ended. */
  public LocalDate judgedOn() {
    return promisedDate.plusDays(1);
  }
}
