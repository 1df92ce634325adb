package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 近期交纳: remind the owner the day before the promised date. Once reminded (a counting attempt on
 * or after that day, or a promise made for the next day), nothing is due until the promise is
 * judged, the day after the promised date.
 */
public final class PromiseReminderRule implements FollowUpRule {

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    if (facts.category() != CaseCategory.PAY_SOON) {
      return Optional.empty();
    }
    LocalDate promised = facts.promise().promisedDate();
    LocalDate reminderDay = promised.minusDays(1);
    boolean reminded = !facts.promise().madeOn().isBefore(reminderDay)
        || facts.lastCountingAttempt() != null && !facts.lastCountingAttempt().isBefore(reminderDay);
    if (reminded) {
      return Optional.of(FollowUp.on(facts.promise().judgedOn(), FollowUpReason.AWAIT_PROMISED_DAY, promised));
    }
    return Optional.of(FollowUp.on(reminderDay, FollowUpReason.PROMISE_REMINDER, promised));
  }
}
