package com.collection.core.arrears;

import com.collection.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One open case as a list shows it: the unit, its current owner and phone, what it owes past due
 * and since when, the category and promise, the next follow-up and why, and the latest attempt.
 */
public record WorklistRow(long caseId, long unitId, long communityId, String communityName, long buildingId,
    String buildingName, String unitNumber, int floor, String ownerName, String ownerPhone, Money owed,
    LocalDate oldestDueDate, CaseCategory category, LocalDate promisedDate, LocalDate brokenPromiseOn,
    FollowUp followUp, LocalDate lastCountingAttempt, LastAttempt lastAttempt) {

  /** The debt's age in days, from the oldest unpaid due date. */
  public long ageDays(LocalDate today) {
    return oldestDueDate == null ? 0 : ChronoUnit.DAYS.between(oldestDueDate, today);
  }

  public boolean overdue(LocalDate today) {
    return followUp.isOverdue(today);
  }

  /** The latest attempt on the case (by its time), whoever logged it. */
  public record LastAttempt(Instant at, Channel channel, Reached reached, String staffName, CaseCategory outcome) {
  }
}
