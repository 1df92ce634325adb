package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BrokenPromiseRuleTest {

  private static final LocalDate MADE_ON = LocalDate.of(2026, 12, 10);
  private static final LocalDate PROMISED = LocalDate.of(2026, 12, 31);
  private static final LocalDate FOUND = LocalDate.of(2027, 1, 1);
  private final BrokenPromiseRule rule = new BrokenPromiseRule();

  private static Facts broken() {
    return Facts.openedOn(LocalDate.of(2026, 11, 16)).promised(PROMISED, MADE_ON).broken();
  }

  @Test
  void aBrokenPromiseIsDueTheDayItIsFound() {
    FollowUp next = rule.next(broken().build(), FOUND).orElseThrow();

    assertThat(next.date()).isEqualTo(FOUND);
    assertThat(next.reason()).isEqualTo(FollowUpReason.BROKEN_PROMISE);
    assertThat(next.about()).as("the promised date").isEqualTo(PROMISED);
  }

  @Test
  void aBrokenPromiseStaysDueUntilACountingAttempt() {
    LocalDate later = LocalDate.of(2027, 1, 5);

    FollowUp next = rule.next(broken().build(), later).orElseThrow();

    assertThat(next.date()).isEqualTo(FOUND);
    assertThat(next.isOverdue(later)).isTrue();
  }

  @Test
  void aCountingAttemptOnTheDayItIsFoundEndsIt() {
    assertThat(rule.next(broken().lastCountingAttempt(FOUND).build(), FOUND)).isEmpty();
  }

  @Test
  void aCountingAttemptOnThePromisedDayItselfDoesNotEndIt() {
    assertThat(rule.next(broken().lastCountingAttempt(PROMISED).build(), FOUND)).isPresent();
  }

  @Test
  void aKeptPromiseIsNoBrokenPromise() {
    CaseFacts kept = Facts.openedOn(LocalDate.of(2026, 11, 16)).promised(PROMISED, MADE_ON).keptWithNewerBills().build();

    assertThat(rule.next(kept, FOUND)).isEmpty();
  }

  @Test
  void appliesOnlyToUnconfirmedCases() {
    CaseFacts refusingSince = new CaseFacts(CaseCategory.REFUSING, LocalDate.of(2026, 11, 16), FOUND, null, FOUND,
        MADE_ON, 0);

    assertThat(rule.next(refusingSince, FOUND)).isEmpty();
  }
}
