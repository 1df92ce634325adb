package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 暂未明确 and 异地出差: due the day after the last counting attempt (daily), and no earlier than the
 * day the category began (a kept promise with newer bills due is followed up the next day).
 */
public final class DailyFollowUpRule implements FollowUpRule {

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    FollowUpReason reason = switch (facts.category()) {
      case UNCONFIRMED -> FollowUpReason.DAILY_UNCONFIRMED;
      case AWAY_ON_BUSINESS -> FollowUpReason.DAILY_AWAY;
      default -> null;
    };
    if (reason == null) {
      return Optional.empty();
    }
    LocalDate last = facts.lastCountingAttempt();
    LocalDate due = last == null || last.isBefore(facts.since()) ? facts.since() : last.plusDays(1);
    // unconfirmed since a day with no attempt of its own: a kept promise whose case newer bills keep open
    if (reason == FollowUpReason.DAILY_UNCONFIRMED && facts.brokenPromiseOn() == null && last != null
        && last.isBefore(facts.since())) {
      reason = FollowUpReason.PROMISE_KEPT_NEWER_BILLS;
    }
    return Optional.of(FollowUp.on(due, reason, last));
  }
}
