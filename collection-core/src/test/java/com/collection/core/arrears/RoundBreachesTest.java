package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundBreachesTest {

  @Test
  void aCaseOpenedOnOIsInBreachFromOPlusFiveWithoutACountingAttempt() {
    LocalDate opened = LocalDate.of(2026, 12, 28);
    CaseFacts facts = Facts.openedOn(opened).build();

    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2027, 1, 2))).isTrue();
  }

  @Test
  void aLastCountingAttemptOnLIsABreachFromLPlusSix() {
    LocalDate last = LocalDate.of(2028, 2, 25);
    CaseFacts facts = Facts.openedOn(LocalDate.of(2028, 1, 10)).unconfirmed(last).build();

    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2028, 3, 1))).isFalse();
    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2028, 3, 2))).isTrue();
  }

  @Test
  void anAttemptOnTheOpeningDayCountsAsTheLastContact() {
    LocalDate opened = LocalDate.of(2026, 12, 28);
    CaseFacts facts = Facts.openedOn(opened).refusing(opened).build();

    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2027, 1, 3))).isTrue();
  }

  @Test
  void anAttemptBeforeAReopeningCountsNothing() {
    LocalDate reopened = LocalDate.of(2026, 12, 28);
    CaseFacts facts = Facts.openedOn(reopened).lastCountingAttempt(LocalDate.of(2026, 12, 27)).build();

    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2027, 1, 2))).isTrue();
  }

  @Test
  void aPaySoonCaseIsNoFiveDayBreachUpToAndIncludingItsPromisedDate() {
    LocalDate madeOn = LocalDate.of(2026, 12, 1);
    CaseFacts facts = Facts.openedOn(madeOn).promised(LocalDate.of(2026, 12, 31), madeOn).build();

    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(RoundBreaches.fiveDays(facts, LocalDate.of(2027, 1, 1))).isTrue();
  }

  @Test
  void aWholeIsoWeekWithFewerThanTwoCountingAttemptsIsABreach() {
    LocalDate monday = LocalDate.of(2026, 12, 28);

    assertThat(RoundBreaches.week(monday, LocalDate.of(2026, 12, 1), null, 0, false)).isTrue();
    assertThat(RoundBreaches.week(monday, LocalDate.of(2026, 12, 1), null, 1, false)).isTrue();
    assertThat(RoundBreaches.week(monday, LocalDate.of(2026, 12, 1), null, 2, false)).isFalse();
  }

  @Test
  void week53Of2020IsAWholeWeekAcrossTheYearEnd() {
    assertThat(RoundBreaches.week(LocalDate.of(2020, 12, 28), LocalDate.of(2020, 12, 1), null, 1, false)).isTrue();
  }

  @Test
  void onlyACaseOpenFromMondayToSundayCanBreachTheWeek() {
    LocalDate monday = LocalDate.of(2026, 12, 28);

    assertThat(RoundBreaches.week(monday, monday, null, 0, false)).as("opened that Monday").isTrue();
    assertThat(RoundBreaches.week(monday, LocalDate.of(2026, 12, 29), null, 0, false)).as("opened Tuesday").isFalse();
    assertThat(RoundBreaches.week(monday, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 3), 0, false))
        .as("closed on the Sunday").isFalse();
    assertThat(RoundBreaches.week(monday, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 4), 0, false))
        .as("closed the next Monday").isTrue();
  }

  @Test
  void aCaseExemptAtTheWeeksEndIsNoWeekBreach() {
    assertThat(RoundBreaches.week(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 1), null, 0, true)).isFalse();
  }

  @Test
  void aWeekStartsOnAMonday() {
    assertThatThrownBy(() -> RoundBreaches.week(LocalDate.of(2027, 1, 3), LocalDate.of(2026, 12, 1), null, 0, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
