package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/** A broken promise is due the day it is found (the day after the promised date), until a counting attempt. */
public final class BrokenPromiseRule implements FollowUpRule {

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    LocalDate broken = facts.brokenPromiseOn();
    if (facts.category() != CaseCategory.UNCONFIRMED || broken == null) {
      return Optional.empty();
    }
    if (facts.lastCountingAttempt() != null && !facts.lastCountingAttempt().isBefore(broken)) {
      return Optional.empty();
    }
    return Optional.of(FollowUp.on(broken, FollowUpReason.BROKEN_PROMISE, broken.minusDays(1)));
  }
}
