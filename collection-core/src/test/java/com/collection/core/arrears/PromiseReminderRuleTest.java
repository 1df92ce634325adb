package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromiseReminderRuleTest {

  private final PromiseReminderRule rule = new PromiseReminderRule();

  @Test
  void aPromiseIsRemindedTheDayBeforeThePromisedDate() {
    LocalDate madeOn = LocalDate.of(2028, 2, 20);
    LocalDate promised = LocalDate.of(2028, 3, 1);

    FollowUp next = rule.next(Facts.openedOn(madeOn).promised(promised, madeOn).build(), madeOn).orElseThrow();

    assertThat(next.date()).as("the leap day").isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(next.reason()).isEqualTo(FollowUpReason.PROMISE_REMINDER);
    assertThat(next.about()).isEqualTo(promised);
  }

  @Test
  void aPromiseForNewYearsDayIsRemindedOnNewYearsEve() {
    LocalDate madeOn = LocalDate.of(2026, 12, 20);

    FollowUp next = rule.next(Facts.openedOn(madeOn).promised(LocalDate.of(2027, 1, 1), madeOn).build(), madeOn)
        .orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void onceRemindedTheCaseAwaitsTheDayAfterThePromisedDate() {
    LocalDate madeOn = LocalDate.of(2028, 2, 10);
    LocalDate promised = LocalDate.of(2028, 2, 28);
    CaseFacts reminded = Facts.openedOn(madeOn).promised(promised, madeOn)
        .lastCountingAttempt(LocalDate.of(2028, 2, 27)).build();

    FollowUp next = rule.next(reminded, LocalDate.of(2028, 2, 27)).orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(next.reason()).isEqualTo(FollowUpReason.AWAIT_PROMISED_DAY);
    assertThat(next.about()).isEqualTo(promised);
  }

  @Test
  void aPromiseMadeForTomorrowNeedsNoReminder() {
    LocalDate madeOn = LocalDate.of(2026, 12, 31);

    FollowUp next = rule.next(Facts.openedOn(madeOn).promised(LocalDate.of(2027, 1, 1), madeOn).build(), madeOn)
        .orElseThrow();

    assertThat(next.reason()).isEqualTo(FollowUpReason.AWAIT_PROMISED_DAY);
    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 2));
  }

  @Test
  void aPromiseForTodayIsJudgedTomorrow() {
    LocalDate today = LocalDate.of(2027, 1, 3);

    FollowUp next = rule.next(Facts.openedOn(today).promised(today, today).build(), today).orElseThrow();

    assertThat(next.reason()).isEqualTo(FollowUpReason.AWAIT_PROMISED_DAY);
    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void aCountingAttemptBeforeTheReminderDayIsNoReminder() {
    LocalDate madeOn = LocalDate.of(2026, 12, 1);
    CaseFacts facts = Facts.openedOn(madeOn).promised(LocalDate.of(2026, 12, 31), madeOn)
        .lastCountingAttempt(LocalDate.of(2026, 12, 29)).build();

    FollowUp next = rule.next(facts, LocalDate.of(2026, 12, 29)).orElseThrow();

    assertThat(next.reason()).isEqualTo(FollowUpReason.PROMISE_REMINDER);
    assertThat(next.date()).isEqualTo(LocalDate.of(2026, 12, 30));
  }

  @Test
  void appliesOnlyToPaySoonCases() {
    LocalDate day = LocalDate.of(2026, 12, 28);

    assertThat(rule.next(Facts.openedOn(day).build(), day)).isEmpty();
    assertThat(rule.next(Facts.openedOn(day).unconfirmed(day).build(), day)).isEmpty();
    assertThat(rule.next(Facts.openedOn(day).refusing(day).build(), day)).isEmpty();
  }
}
