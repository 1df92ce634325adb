package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Round rule (seed 001 二.3: a full round every 5 days): a case that is not exempt is due when 5
 * days have passed since its last counting attempt, or since it opened.
 */
public final class FiveDayRoundRule implements FollowUpRule {

  public static final int DAYS = 5;

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    if (facts.exemptFromRounds(today)) {
      return Optional.empty();
    }
    LocalDate base = facts.lastContactOrOpening();
    LocalDate due = base.plusDays(DAYS);
    LocalDate earliest = facts.earliestRoundDue();
    return Optional.of(FollowUp.on(due.isBefore(earliest) ? earliest : due, FollowUpReason.ROUND_FIVE_DAYS, base));
  }
}
