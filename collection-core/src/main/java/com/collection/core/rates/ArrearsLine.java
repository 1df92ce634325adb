package com.collection.core.rates;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.Reached;
import com.collection.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A unit in arrears on a building's drill-down: what it owes past due now, since when, and its
 * case (null fields while no case is open: it opens N days after the due date).
 */
public record ArrearsLine(long unitId, String unitNumber, String ownerName, Money owed, LocalDate oldestDueDate,
    CaseCategory category, LocalDate promisedDate, LocalDate brokenPromiseOn, LocalDate followUpOn,
    LastAttempt lastAttempt) {

  public long ageDays(LocalDate today) {
    return ChronoUnit.DAYS.between(oldestDueDate, today);
  }

  public AgeBucket ageBucket(LocalDate today) {
    return AgeBucket.of(ageDays(today));
  }

  /** The case's latest attempt, by its time. */
  public record LastAttempt(Instant at, Channel channel, Reached reached, String staffName) {
  }
}
