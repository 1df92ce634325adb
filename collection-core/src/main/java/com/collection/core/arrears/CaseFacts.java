package com.collection.core.arrears;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the follow-up rules decide on, for an open case on one day.
 *
 * @param since the day the current category (or the case) began: the day it opened, the day of
 *     the attempt that set the category, or the day a promise was judged
 * @param lastCountingAttempt the day of the latest counting attempt since the case (re)opened, or null
 * @param brokenPromiseOn the day a promise was found broken, until a counting attempt on or after it
 * @param countingAttemptsThisWeek counting attempts in the ISO week of the day decided on
 */
public record CaseFacts(CaseCategory category, LocalDate openedOn, LocalDate since, Promise promise,
    LocalDate brokenPromiseOn, LocalDate lastCountingAttempt, int countingAttemptsThisWeek) {

  public CaseFacts {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(openedOn, "openedOn");
    Objects.requireNonNull(since, "since");
    if (category == CaseCategory.PAY_SOON && promise == null) {
      throw new IllegalArgumentException("A pay-soon case has a promise");
    }
  }

  /**
   * Exempt from the round rules: a pay-soon case up to and including its promised date (the
   * service-issues issue adds refusing cases with an open issue inside its deadline).
   */
  public boolean exemptFromRounds(LocalDate today) {
    return category == CaseCategory.PAY_SOON && !today.isAfter(promise.promisedDate());
  }

  /** The day the round rules count from: the last counting attempt, or the day the case opened. */
  public LocalDate lastContactOrOpening() {
    return lastCountingAttempt != null && lastCountingAttempt.isAfter(openedOn) ? lastCountingAttempt : openedOn;
  }

  /**
   * The earliest day a round rule may make the case due: not before its category began (a judged
   * promise is due that day or the next, not on a round missed while it was exempt), and not on the
   * day of its last counting attempt (a case worked today is off today's list; the daily rules say
   * the day after).
   */
  public LocalDate earliestRoundDue() {
    return lastCountingAttempt != null && !lastCountingAttempt.isBefore(since) ? lastCountingAttempt.plusDays(1) : since;
  }

  static LocalDate thursdayOf(LocalDate day) {
    return day.with(DayOfWeek.MONDAY).plusDays(3);
  }
}
