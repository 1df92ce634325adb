package com.collection.core.arrears;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit's arrears case (欠费案件): open while the unit has a bill more than the community's
 * threshold past due, closed when nothing past due remains, reopened under the same rule with its
 * history kept. Uncategorised until its first counting attempt; its category is the one set by the
 * counting attempt with the latest time. State changes only through the verbs below, which keep
 * the rules: a pay-soon case has its promise, only an open case is attempted or transitioned.
 * {@code version} guards the write: a save changes the row only if nobody saved it meanwhile.
 */
public final class ArrearsCase {

  private final Long id;
  private final long unitId;
  private final long buildingId;
  private final int version;
  private CaseStatus status;
  private LocalDate openedOn;
  private LocalDate closedOn;
  private CaseCategory category;
  private LocalDate since;
  private Instant categoryAt;
  private Long categoryAttemptId;
  private Promise promise;
  private LocalDate brokenPromiseOn;
  private LocalDate lastCountingAttempt;
  private int countingAttempts;
  private int attempts;
  private FollowUp followUp;
  private LocalDate oldestDueDate;
  private Money owed;

  private ArrearsCase(Long id, long unitId, long buildingId, int version) {
    this.id = id;
    this.unitId = unitId;
    this.buildingId = buildingId;
    this.version = version;
  }

  /** A new case, opened on {@code on}: uncategorised and due that day. */
  public static ArrearsCase open(long unitId, long buildingId, LocalDate on, LocalDate oldestDueDate, Money owed) {
    ArrearsCase c = new ArrearsCase(null, unitId, buildingId, 0);
    c.startEpisode(on, oldestDueDate, owed);
    c.attempts = 0;
    c.countingAttempts = 0;
    return c;
  }

  /** A case as stored. */
  public static ArrearsCase load(long id, long unitId, long buildingId, int version, CaseStatus status,
      LocalDate openedOn, LocalDate closedOn, CaseCategory category, LocalDate since, Instant categoryAt,
      Long categoryAttemptId, Promise promise, LocalDate brokenPromiseOn, LocalDate lastCountingAttempt, int countingAttempts, int attempts,
      FollowUp followUp, LocalDate oldestDueDate, Money owed) {
    ArrearsCase c = new ArrearsCase(id, unitId, buildingId, version);
    c.status = Objects.requireNonNull(status);
    c.openedOn = Objects.requireNonNull(openedOn);
    c.closedOn = closedOn;
    c.category = Objects.requireNonNull(category);
    c.since = Objects.requireNonNull(since);
    c.categoryAt = categoryAt;
    c.categoryAttemptId = categoryAttemptId;
    c.promise = promise;
    c.brokenPromiseOn = brokenPromiseOn;
    c.lastCountingAttempt = lastCountingAttempt;
    c.countingAttempts = countingAttempts;
    c.attempts = attempts;
    c.followUp = followUp;
    c.oldestDueDate = oldestDueDate;
    c.owed = owed == null ? Money.ZERO : owed;
    if (category == CaseCategory.PAY_SOON && promise == null) {
      throw new IllegalStateException("Case " + id + " is pay-soon without a promise");
    }
    return c;
  }

  private void startEpisode(LocalDate on, LocalDate oldestDue, Money amount) {
    status = CaseStatus.OPEN;
    openedOn = on;
    closedOn = null;
    category = CaseCategory.UNCATEGORISED;
    since = on;
    categoryAt = null;
    categoryAttemptId = null;
    promise = null;
    brokenPromiseOn = null;
    lastCountingAttempt = null;
    oldestDueDate = oldestDue;
    owed = amount;
    followUp = FollowUp.on(on, FollowUpReason.NEW_CASE, on);
  }

  /**
   * Reopens a closed case: a new episode, uncategorised and due that day (the earlier episodes stay
   * in the timeline; an old promise or category says nothing about the new debt).
   */
  public void reopen(LocalDate on, LocalDate oldestDue, Money amount) {
    requireStatus(CaseStatus.CLOSED);
    startEpisode(on, oldestDue, amount);
  }

  /** Nothing past due remains: the case closes at once. */
  public void close(LocalDate on) {
    requireStatus(CaseStatus.OPEN);
    status = CaseStatus.CLOSED;
    closedOn = on;
  }

  /** The ledger changed but the unit still owes: the debt's age and amount follow it. */
  public void owes(LocalDate oldestDue, Money amount) {
    requireStatus(CaseStatus.OPEN);
    oldestDueDate = oldestDue;
    owed = amount;
  }

  /**
   * Records an attempt on the case. A counting attempt whose time is the latest so far sets the
   * category (and the promise of a pay-soon outcome); one logged later with an earlier time is in
   * the timeline and the counts but does not change the category. Returns whether the category was set.
   */
  public boolean attempted(CollectionAttempt attempt, Promise madePromise) {
    requireStatus(CaseStatus.OPEN);
    if (attempt.caseId() != id) {
      throw new IllegalArgumentException("Attempt of case " + attempt.caseId() + " recorded on case " + id);
    }
    attempts++;
    if (!attempt.counts()) {
      return false;
    }
    countingAttempts++;
    if (lastCountingAttempt == null || attempt.day().isAfter(lastCountingAttempt)) {
      lastCountingAttempt = attempt.day();
    }
    if (attempt.day().isBefore(openedOn) || categoryAt != null && attempt.at().isBefore(categoryAt)) {
      return false;
    }
    if (attempt.outcome() == CaseCategory.PAY_SOON && madePromise == null) {
      throw new IllegalArgumentException("A pay-soon attempt makes a promise");
    }
    category = attempt.outcome();
    categoryAt = attempt.at();
    categoryAttemptId = attempt.id();
    since = attempt.day();
    promise = category == CaseCategory.PAY_SOON ? madePromise : null;
    if (brokenPromiseOn != null && !attempt.day().isBefore(brokenPromiseOn)) {
      brokenPromiseOn = null;
    }
    return true;
  }

  /** Whether the promise is due to be judged on {@code today} (its promised day has ended). */
  public boolean promiseEndedBy(LocalDate today) {
    return status == CaseStatus.OPEN && category == CaseCategory.PAY_SOON && !today.isBefore(promise.judgedOn());
  }

  /**
   * The promise was kept (everything it covered is paid or adjusted) but the case is still open
   * because newer bills fell due: unconfirmed, due the day after the promised date, not broken.
   */
  public void promiseKept() {
    LocalDate judged = judgeable().judgedOn();
    category = CaseCategory.UNCONFIRMED;
    since = judged;
    promise = null;
  }

  /** The promised day ended with something it covered unpaid: unconfirmed, broken-promise, due that next day. */
  public void promiseBroken() {
    LocalDate judged = judgeable().judgedOn();
    category = CaseCategory.UNCONFIRMED;
    since = judged;
    brokenPromiseOn = judged;
    promise = null;
  }

  private Promise judgeable() {
    requireStatus(CaseStatus.OPEN);
    if (category != CaseCategory.PAY_SOON) {
      throw new IllegalStateException("Case " + id + " has no promise to judge");
    }
    return promise;
  }

  /** The facts the follow-up rules decide on, for a day with this many counting attempts in its ISO week. */
  public CaseFacts facts(int countingAttemptsThisWeek) {
    return new CaseFacts(category, openedOn, since, promise, brokenPromiseOn, lastCountingAttempt,
        countingAttemptsThisWeek);
  }

  /** Sets the next follow-up by the policy, for {@code today}. */
  public FollowUp scheduleFollowUp(LocalDate today, int countingAttemptsThisWeek) {
    requireStatus(CaseStatus.OPEN);
    followUp = FollowUpPolicy.next(facts(countingAttemptsThisWeek), today);
    return followUp;
  }

  private void requireStatus(CaseStatus expected) {
    if (status != expected) {
      throw new DomainException(expected == CaseStatus.OPEN ? "arrears.case.closed" : "arrears.case.open");
    }
  }

  public Long id() {
    return id;
  }

  public long unitId() {
    return unitId;
  }

  public long buildingId() {
    return buildingId;
  }

  public int version() {
    return version;
  }

  public CaseStatus status() {
    return status;
  }

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public CaseCategory category() {
    return category;
  }

  public LocalDate since() {
    return since;
  }

  public Instant categoryAt() {
    return categoryAt;
  }

  /** The attempt that set the category (and made the promise of a pay-soon case), or null. */
  public Long categoryAttemptId() {
    return categoryAttemptId;
  }

  public Promise promise() {
    return promise;
  }

  public LocalDate brokenPromiseOn() {
    return brokenPromiseOn;
  }

  public LocalDate lastCountingAttempt() {
    return lastCountingAttempt;
  }

  public int countingAttempts() {
    return countingAttempts;
  }

  public int attempts() {
    return attempts;
  }

  public FollowUp followUp() {
    return followUp;
  }

  public LocalDate oldestDueDate() {
    return oldestDueDate;
  }

  public Money owed() {
    return owed;
  }
}
