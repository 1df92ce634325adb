package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiveDayRoundRuleTest {

  private final FiveDayRoundRule rule = new FiveDayRoundRule();

  @Test
  void aCaseIsDueFiveDaysAfterItsLastCountingAttempt() {
    LocalDate attempt = LocalDate.of(2026, 12, 28);

    FollowUp next = rule.next(Facts.openedOn(LocalDate.of(2026, 12, 1)).refusing(attempt).build(), attempt)
        .orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 2));
    assertThat(next.reason()).isEqualTo(FollowUpReason.ROUND_FIVE_DAYS);
    assertThat(next.about()).isEqualTo(attempt);
  }

  @Test
  void aCaseWithoutACountingAttemptIsDueFiveDaysAfterItOpened() {
    LocalDate opened = LocalDate.of(2028, 2, 25);

    FollowUp next = rule.next(Facts.openedOn(opened).build(), opened).orElseThrow();

    assertThat(next.date()).isEqualTo(LocalDate.of(2028, 3, 1));
    assertThat(next.about()).isEqualTo(opened);
  }

  @Test
  void anAttemptBeforeTheCaseOpenedCountsNothing() {
    LocalDate reopened = LocalDate.of(2026, 12, 30);
    CaseFacts facts = Facts.openedOn(reopened).lastCountingAttempt(LocalDate.of(2026, 12, 20)).build();

    assertThat(rule.next(facts, reopened)).get().extracting(FollowUp::date).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void aPaySoonCaseIsExemptUpToAndIncludingItsPromisedDate() {
    LocalDate madeOn = LocalDate.of(2026, 12, 1);
    LocalDate promised = LocalDate.of(2026, 12, 31);
    CaseFacts facts = Facts.openedOn(madeOn).promised(promised, madeOn).build();

    assertThat(rule.next(facts, LocalDate.of(2026, 12, 20))).isEmpty();
    assertThat(rule.next(facts, promised)).isEmpty();
    assertThat(rule.next(facts, LocalDate.of(2027, 1, 1))).get().extracting(FollowUp::date)
        .isEqualTo(LocalDate.of(2026, 12, 6));
  }

  @Test
  void aJudgedPromiseIsNotDueForRoundsMissedWhileItWasExempt() {
    LocalDate madeOn = LocalDate.of(2028, 2, 1);
    CaseFacts broken = Facts.openedOn(LocalDate.of(2028, 1, 16)).promised(LocalDate.of(2028, 2, 28), madeOn).broken()
        .build();

    FollowUp next = rule.next(broken, LocalDate.of(2028, 2, 29)).orElseThrow();

    assertThat(next.date()).as("the day the promise was judged, not 5 days after it was made")
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(next.about()).isEqualTo(madeOn);
  }
}
