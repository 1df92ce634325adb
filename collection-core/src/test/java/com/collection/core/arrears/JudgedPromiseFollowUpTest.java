package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A promise judged the day after its promised date: the case was exempt from the round rules until
 * then, so their deadlines that fell meanwhile (5 days after the attempt that made the promise, the
 * week's Thursday) don't make it overdue or hide why it is due: broken, or kept with newer bills.
 */
class JudgedPromiseFollowUpTest {

  private static final LocalDate OPENED = LocalDate.parse("2026-06-15");       // a Monday
  private static final LocalDate PROMISE_MADE = LocalDate.parse("2026-06-15");
  private static final LocalDate JUDGED = LocalDate.parse("2026-06-26");       // a Friday, after 06-25

  @Test
  void aBrokenPromiseIsDueTheDayItIsFoundAsABrokenPromise() {
    CaseFacts facts = new CaseFacts(CaseCategory.UNCONFIRMED, OPENED, JUDGED, null, JUDGED, PROMISE_MADE, 0);
    assertThat(FollowUpPolicy.next(facts, JUDGED)).satisfies(f -> {
      assertThat(f.date()).isEqualTo(JUDGED);
      assertThat(f.reason()).isEqualTo(FollowUpReason.BROKEN_PROMISE);
    });
  }

  @Test
  void aKeptPromiseWithNewerBillsDueIsFollowedUpTheDayAfterThePromisedDate() {
    CaseFacts facts = new CaseFacts(CaseCategory.UNCONFIRMED, OPENED, JUDGED, null, null, PROMISE_MADE, 0);
    assertThat(FollowUpPolicy.next(facts, JUDGED)).satisfies(f -> {
      assertThat(f.date()).isEqualTo(JUDGED);
      assertThat(f.reason()).isEqualTo(FollowUpReason.PROMISE_KEPT_NEWER_BILLS);
    });
  }

  @Test
  void aCountingAttemptAfterTheJudgementMakesItDueTheNextDay() {
    LocalDate attempt = JUDGED;   // the broken promise followed up: unconfirmed again
    CaseFacts facts = new CaseFacts(CaseCategory.UNCONFIRMED, OPENED, attempt, null, null, attempt, 1);
    // one counting attempt this week, after its Thursday: due the next day (daily), never again today
    assertThat(FollowUpPolicy.next(facts, JUDGED)).satisfies(f -> {
      assertThat(f.date()).isEqualTo(LocalDate.parse("2026-06-27"));
      assertThat(f.reason()).isEqualTo(FollowUpReason.DAILY_UNCONFIRMED);
    });
  }
}
