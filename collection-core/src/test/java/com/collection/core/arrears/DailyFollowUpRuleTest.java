package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyFollowUpRuleTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 12, 1);
  private final DailyFollowUpRule rule = new DailyFollowUpRule();

  @Test
  void anUnconfirmedCaseIsDueTheDayAfterTheLastCountingAttempt() {
    LocalDate attempt = LocalDate.of(2026, 12, 31);

    FollowUp next = rule.next(Facts.openedOn(OPENED).unconfirmed(attempt).build(), attempt).orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(next.reason()).isEqualTo(FollowUpReason.DAILY_UNCONFIRMED);
    assertThat(next.about()).isEqualTo(attempt);
  }

  @Test
  void anOwnerAwayOnBusinessIsPhonedDaily() {
    LocalDate attempt = LocalDate.of(2028, 2, 28);

    FollowUp next = rule.next(Facts.openedOn(OPENED).away(attempt).build(), attempt).orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(next.reason()).isEqualTo(FollowUpReason.DAILY_AWAY);
  }

  @Test
  void aLaterCountingAttemptMovesTheDailyFollowUp() {
    CaseFacts facts = Facts.openedOn(OPENED).away(LocalDate.of(2028, 2, 27))
        .lastCountingAttempt(LocalDate.of(2028, 2, 29)).build();

    assertThat(rule.next(facts, LocalDate.of(2028, 2, 29))).get().extracting(FollowUp::date)
        .isEqualTo(LocalDate.of(2028, 3, 1));
  }

  @Test
  void aKeptPromiseWithNewerBillsDueIsFollowedUpTheDayAfterThePromisedDate() {
    CaseFacts kept = Facts.openedOn(OPENED).promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15))
        .keptWithNewerBills().build();

    FollowUp next = rule.next(kept, LocalDate.of(2027, 1, 1)).orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(next.reason()).isEqualTo(FollowUpReason.PROMISE_KEPT_NEWER_BILLS);
  }

  @Test
  void appliesOnlyToUnconfirmedAndAwayCases() {
    LocalDate day = LocalDate.of(2026, 12, 28);

    assertThat(rule.next(Facts.openedOn(day).build(), day)).isEmpty();
    assertThat(rule.next(Facts.openedOn(day).refusing(day).build(), day)).isEmpty();
    assertThat(rule.next(Facts.openedOn(day).promised(day.plusDays(9), day).build(), day)).isEmpty();
  }
}
