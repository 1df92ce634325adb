package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up schedule of DOMAIN.md: every rule that applies gives a date, and the case is due
 * on the earliest; on a tie the category's own rule gives the reason, before the round rules.
 */
public final class FollowUpPolicy {

  private static final List<FollowUpRule> RULES = List.of(new NewCaseRule(), new BrokenPromiseRule(),
      new PromiseReminderRule(), new DailyFollowUpRule(), new RefusingFollowUpRule(), new FiveDayRoundRule(),
      new TwiceAWeekRoundRule());

  private FollowUpPolicy() {
  }

  public static FollowUp next(CaseFacts facts, LocalDate today) {
    Optional<FollowUp> earliest = Optional.empty();
    for (FollowUpRule rule : RULES) {
      Optional<FollowUp> candidate = rule.next(facts, today);
      if (candidate.isPresent() && (earliest.isEmpty() || candidate.get().date().isBefore(earliest.get().date()))) {
        earliest = candidate;
      }
    }
    return earliest.orElseThrow(() -> new IllegalStateException("No follow-up rule for " + facts));
  }
}
