package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RefusingFollowUpRuleTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 12, 1);
  private final RefusingFollowUpRule rule = new RefusingFollowUpRule();

  @Test
  void aRefusingOwnerIsAskedAgainFiveDaysAfterTheLastCountingAttempt() {
    LocalDate attempt = LocalDate.of(2026, 12, 29);

    FollowUp next = rule.next(Facts.openedOn(OPENED).refusing(attempt).build(), attempt).orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(next.reason()).isEqualTo(FollowUpReason.REFUSING_FOLLOW_UP);
    assertThat(next.about()).isEqualTo(attempt);
  }

  @Test
  void aLaterCountingAttemptStartsTheFiveDaysAgainAcrossTheLeapDay() {
    CaseFacts facts = Facts.openedOn(OPENED).refusing(LocalDate.of(2028, 2, 20))
        .lastCountingAttempt(LocalDate.of(2028, 2, 26)).build();

    assertThat(rule.next(facts, LocalDate.of(2028, 2, 26))).get().extracting(FollowUp::date)
        .isEqualTo(LocalDate.of(2028, 3, 2));
  }

  @Test
  void appliesOnlyToRefusingCases() {
    LocalDate day = LocalDate.of(2026, 12, 28);

    assertThat(rule.next(Facts.openedOn(day).build(), day)).isEmpty();
    assertThat(rule.next(Facts.openedOn(day).unconfirmed(day).build(), day)).isEmpty();
    assertThat(rule.next(Facts.openedOn(day).away(day).build(), day)).isEmpty();
  }
}
