package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/** 特殊拒交: ask again 5 days after the last counting attempt. */
public final class RefusingFollowUpRule implements FollowUpRule {

  public static final int DAYS = 5;

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    if (facts.category() != CaseCategory.REFUSING) {
      return Optional.empty();
    }
    LocalDate base = facts.lastCountingAttempt() != null ? facts.lastCountingAttempt() : facts.since();
    return Optional.of(FollowUp.on(base.plusDays(DAYS), FollowUpReason.REFUSING_FOLLOW_UP, base));
  }
}
