package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case's next follow-up: the date it is due and why. {@code about} is the date the reason speaks
 * of (the promised date, the last counting attempt, the day the case opened), {@code count} the
 * number it speaks of (counting attempts this week), each where it applies.
 */
public record FollowUp(LocalDate date, FollowUpReason reason, LocalDate about, int count) {

  public FollowUp {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
  }

  public static FollowUp on(LocalDate date, FollowUpReason reason, LocalDate about) {
    return new FollowUp(date, reason, about, 0);
  }

  /** Due on or before {@code today}: on today's list. */
  public boolean isDue(LocalDate today) {
    return !date.isAfter(today);
  }

  /** Due before {@code today}: a follow-up that was missed. */
  public boolean isOverdue(LocalDate today) {
    return date.isBefore(today);
  }
}
