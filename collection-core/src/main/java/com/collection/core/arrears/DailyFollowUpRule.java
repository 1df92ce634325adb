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
    return Optional.of(FollowUp.on(due, reason, last));
  }
}
