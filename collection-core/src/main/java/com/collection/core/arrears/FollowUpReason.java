package com.collection.core.arrears;

/**
 * Why a case is due on its next follow-up date: what the worklist says beside each case. Each has a
 * message code; its argument is the {@link FollowUp}'s date it is about or its count.
 */
public enum FollowUpReason {
  /** A case that opened and has no counting attempt yet: due the day it opens. */
  NEW_CASE,
  /** The day before a promised date: remind the owner. */
  PROMISE_REMINDER,
  /** Reminded: nothing to do until the promise is judged the day after the promised date. */
  AWAIT_PROMISED_DAY,
  /** The promised date passed unpaid: follow up the day it is found. */
  BROKEN_PROMISE,
  /** The promise was kept, but newer bills fell due: follow up the next day. */
  PROMISE_KEPT_NEWER_BILLS,
  /** 暂未明确: visit and phone daily until a date is given. */
  DAILY_UNCONFIRMED,
  /** 异地出差: phone daily and guide to pay remotely. */
  DAILY_AWAY,
  /** 拒交: ask again 5 days after the last counting attempt. */
  REFUSING_FOLLOW_UP,
  /** Round rule: 5 days without a counting attempt. */
  ROUND_FIVE_DAYS,
  /** Round rule: fewer than 2 counting attempts this ISO week, from its Thursday. */
  ROUND_TWICE_A_WEEK;

  public String messageCode() {
    return "arrears.reason." + name();
  }
}
