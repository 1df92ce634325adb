package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwiceAWeekRoundRuleTest {

  private static final LocalDate OPENED = LocalDate.of(2020, 1, 6);
  private final TwiceAWeekRoundRule rule = new TwiceAWeekRoundRule();

  /** Refusing since a call on {@code last}, with that many counting attempts in the week decided on. */
  private CaseFacts refusingWith(LocalDate last, int thisWeek) {
    return Facts.openedOn(OPENED).refusing(last).countingAttemptsThisWeek(thisWeek).build();
  }

  @Test
  void fewerThanTwoCountingAttemptsInTheWeekMakeTheCaseDueFromThursday() {
    FollowUp next = rule.next(refusingWith(LocalDate.of(2026, 12, 28), 1), LocalDate.of(2026, 12, 28)).orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(next.reason()).isEqualTo(FollowUpReason.ROUND_TWICE_A_WEEK);
    assertThat(next.about()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(next.count()).isEqualTo(1);
  }

  @Test
  void twoCountingAttemptsInTheWeekSatisfyIt() {
    assertThat(rule.next(refusingWith(LocalDate.of(2026, 12, 29), 2), LocalDate.of(2026, 12, 29))).isEmpty();
    assertThat(rule.next(refusingWith(LocalDate.of(2026, 12, 29), 3), LocalDate.of(2026, 12, 29))).isEmpty();
  }

  /** ISO weeks run Monday to Sunday, also across a year end (2026's week 53 and 2020's). */
  @ParameterizedTest(name = "{0} is in the week of Thursday {1}")
  @CsvSource({
      "2026-12-28, 2026-12-31",
      "2026-12-31, 2026-12-31",
      "2027-01-01, 2026-12-31",
      "2027-01-03, 2026-12-31",
      "2027-01-04, 2027-01-07",
      "2020-12-28, 2020-12-31",
      "2021-01-03, 2020-12-31",
      "2021-01-04, 2021-01-07",
      "2028-02-29, 2028-03-02"})
  void theWeekRunsFromMondayToSunday(LocalDate today, LocalDate thursday) {
    assertThat(rule.next(refusingWith(OPENED, 0), today)).get().extracting(FollowUp::date).isEqualTo(thursday);
  }

  @Test
  void aCaseCalledOnThursdayIsNotDueAgainThatDay() {
    LocalDate thursday = LocalDate.of(2026, 12, 31);

    FollowUp next = rule.next(refusingWith(thursday, 1), thursday).orElseThrow();

    assertThat(next.date()).as("the day after the call").isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(next.count()).isEqualTo(1);
  }

  @Test
  void aCaseCalledOnceOnSundayIsDueOnMondayAndTheWeekIsLost() {
    LocalDate sunday = LocalDate.of(2021, 1, 3);

    assertThat(rule.next(refusingWith(sunday, 1), sunday)).get().extracting(FollowUp::date)
        .isEqualTo(LocalDate.of(2021, 1, 4));
  }

  @Test
  void aCaseOpenedAfterThursdayIsDueFromTheDayItOpened() {
    LocalDate saturday = LocalDate.of(2027, 1, 2);

    FollowUp next = rule.next(Facts.openedOn(saturday).build(), saturday).orElseThrow();

    assertThat(next.date()).isEqualTo(saturday);
    assertThat(next.about()).as("still the week's Thursday").isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aPaySoonCaseIsExemptUpToAndIncludingItsPromisedDate() {
    LocalDate madeOn = LocalDate.of(2026, 12, 28);
    LocalDate promised = LocalDate.of(2027, 1, 1);
    CaseFacts facts = Facts.openedOn(OPENED).promised(promised, madeOn).countingAttemptsThisWeek(1).build();

    assertThat(rule.next(facts, LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(rule.next(facts, promised)).isEmpty();
    assertThat(rule.next(facts, LocalDate.of(2027, 1, 2))).isPresent();
  }
}
