package com.collection.core.arrears;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** Test-data builder for the facts the follow-up rules decide on: {@code Facts.openedOn(d).unconfirmed(d2).build()}. */
final class Facts {

  private CaseCategory category = CaseCategory.UNCATEGORISED;
  private final LocalDate openedOn;
  private LocalDate since;
  private Promise promise;
  private LocalDate brokenPromiseOn;
  private LocalDate lastCountingAttempt;
  private int thisWeek;

  private Facts(LocalDate openedOn) {
    this.openedOn = openedOn;
    this.since = openedOn;
  }

  /** An uncategorised case opened that day, with no counting attempt. */
  static Facts openedOn(LocalDate day) {
    return new Facts(day);
  }

  /** A counting attempt on {@code day} set the category. */
  Facts set(CaseCategory outcome, LocalDate day) {
    category = outcome;
    since = day;
    lastCountingAttempt = day;
    return this;
  }

  Facts unconfirmed(LocalDate day) {
    return set(CaseCategory.UNCONFIRMED, day);
  }

  Facts away(LocalDate day) {
    return set(CaseCategory.AWAY_ON_BUSINESS, day);
  }

  Facts refusing(LocalDate day) {
    return set(CaseCategory.REFUSING, day);
  }

  /** A promise for {@code promisedDate} made by a counting attempt on {@code madeOn}. */
  Facts promised(LocalDate promisedDate, LocalDate madeOn) {
    set(CaseCategory.PAY_SOON, madeOn);
    promise = new Promise(promisedDate, madeOn, Money.of("1280.00"), List.of(11L, 12L));
    return this;
  }

  /** The daily job found the promise broken the day after its date. */
  Facts broken() {
    LocalDate judged = promise.judgedOn();
    category = CaseCategory.UNCONFIRMED;
    since = judged;
    brokenPromiseOn = judged;
    promise = null;
    return this;
  }

  /** The daily job found the promise kept, with newer bills still due. */
  Facts keptWithNewerBills() {
    LocalDate judged = promise.judgedOn();
    category = CaseCategory.UNCONFIRMED;
    since = judged;
    promise = null;
    return this;
  }

  /** A later counting attempt that did not change the category (or, for the rules, any attempt). */
  Facts lastCountingAttempt(LocalDate day) {
    lastCountingAttempt = day;
    return this;
  }

  Facts countingAttemptsThisWeek(int count) {
    thisWeek = count;
    return this;
  }

  CaseFacts build() {
    return new CaseFacts(category, openedOn, since, promise, brokenPromiseOn, lastCountingAttempt, thisWeek);
  }
}
