package com.collection.core.cashup;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's submitted daily cash-up (收银日报): the frozen figures of their day as of its latest
 * submission (its revision), the cash they counted and the difference with the cash expected. It can
 * be submitted again until a manager, another person, confirms it; a confirmed report never changes.
 */
public record CashUp(Long id, long staffId, LocalDate day, Status status, int revision, Instant submittedAt,
    CashUpFigures figures, Money counted, Money difference, String reason, Long confirmedBy,
    Instant confirmedAt) {

  public enum Status {
    SUBMITTED, CONFIRMED
  }

  static final int REASON_MAX = 200;

  public boolean confirmed() {
    return status == Status.CONFIRMED;
  }

  public Money expectedCash() {
    return figures.expectedCash();
  }

  /** The first submission of a person's day. */
  public static CashUp submit(long staffId, LocalDate day, CashUpFigures figures, Money counted, String reason,
      Instant now) {
    Money difference = counted.minus(figures.expectedCash());
    return new CashUp(null, staffId, day, Status.SUBMITTED, 1, now, figures, counted, difference,
        checkedReason(difference, reason), null, null);
  }

  /** The same report submitted again with today's figures: the next revision. Refused once confirmed. */
  public CashUp resubmit(CashUpFigures now, Money newCounted, String newReason, Instant at) {
    if (confirmed()) {
      throw new DomainException("cashup.confirmed.final");
    }
    Money newDifference = newCounted.minus(now.expectedCash());
    return new CashUp(id, staffId, day, Status.SUBMITTED, revision + 1, at, now, newCounted, newDifference,
        checkedReason(newDifference, newReason), null, null);
  }

  /**
   * Confirmed by a manager who is not the submitter, for the revision they saw, and only if the
   * figures still count the same money as the person's day does now.
   */
  public CashUp confirm(long managerId, int seenRevision, CashUpFigures live, Instant at) {
    if (confirmed()) {
      throw new DomainException("cashup.confirm.already");
    }
    if (managerId == staffId) {
      throw new DomainException("cashup.confirm.own");
    }
    if (seenRevision != revision) {
      throw new DomainException("cashup.changed");
    }
    if (!figures.sameMoneyAs(live)) {
      throw new DomainException("cashup.confirm.stale");
    }
    return new CashUp(id, staffId, day, Status.CONFIRMED, revision, submittedAt, figures, counted, difference,
        reason, managerId, at);
  }

  private static String checkedReason(Money difference, String reason) {
    String clean = reason == null ? "" : reason.strip();
    if (clean.length() > REASON_MAX) {
      throw DomainException.onField("reason", "validation.tooLong", REASON_MAX);
    }
    if (!difference.isZero() && clean.isEmpty()) {
      throw DomainException.onField("reason", "cashup.reason.required", difference.amount().toPlainString());
    }
    return clean.isEmpty() ? null : clean;
  }
}
