package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewCaseRuleTest {

  private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);
  private final NewCaseRule rule = new NewCaseRule();

  @Test
  void aNewCaseIsDueTheDayItOpens() {
    FollowUp next = rule.next(Facts.openedOn(NEW_YEARS_EVE).build(), NEW_YEARS_EVE).orElseThrow();

    assertThat(next.date()).isEqualTo(NEW_YEARS_EVE);
    assertThat(next.reason()).isEqualTo(FollowUpReason.NEW_CASE);
    assertThat(next.about()).isEqualTo(NEW_YEARS_EVE);
    assertThat(next.isDue(NEW_YEARS_EVE)).isTrue();
    assertThat(next.isOverdue(NEW_YEARS_EVE)).isFalse();
  }

  @Test
  void anUncategorisedCaseStaysDueOnItsOpeningDayAndIsOverdueAfterIt() {
    LocalDate nextYear = LocalDate.of(2027, 1, 4);

    FollowUp next = rule.next(Facts.openedOn(NEW_YEARS_EVE).build(), nextYear).orElseThrow();

    assertThat(next.date()).isEqualTo(NEW_YEARS_EVE);
    assertThat(next.isOverdue(nextYear)).isTrue();
  }

  @Test
  void aLeapDayOpeningIsDueOnTheLeapDay() {
    LocalDate leapDay = LocalDate.of(2028, 2, 29);

    assertThat(rule.next(Facts.openedOn(leapDay).build(), leapDay)).get().extracting(FollowUp::date).isEqualTo(leapDay);
  }

  @Test
  void doesNotApplyOnceACountingAttemptSetTheCategory() {
    for (CaseCategory outcome : CaseCategory.OUTCOMES) {
      Facts facts = Facts.openedOn(NEW_YEARS_EVE);
      facts = outcome == CaseCategory.PAY_SOON ? facts.promised(LocalDate.of(2027, 1, 10), NEW_YEARS_EVE)
          : facts.set(outcome, NEW_YEARS_EVE);
      assertThat(rule.next(facts.build(), NEW_YEARS_EVE)).as(outcome.name()).isEmpty();
    }
  }
}
