package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The schedule as a whole: the earliest date any rule gives, and on a tie the category's own reason. */
class FollowUpPolicyTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 11, 16);

  @Test
  void aNewCaseIsDueTheDayItOpensBeforeAnyRoundRule() {
    LocalDate saturday = LocalDate.of(2027, 1, 2);

    FollowUp next = FollowUpPolicy.next(Facts.openedOn(saturday).build(), saturday);

    assertThat(next.date()).isEqualTo(saturday);
    assertThat(next.reason()).as("tied with the week rule: the case's own rule speaks").isEqualTo(FollowUpReason.NEW_CASE);
  }

  @Test
  void aPaySoonCaseIsDueForItsReminderNotForTheRoundRules() {
    LocalDate monday = LocalDate.of(2026, 12, 28);
    CaseFacts facts = Facts.openedOn(OPENED).promised(LocalDate.of(2027, 1, 15), monday).countingAttemptsThisWeek(1)
        .build();

    FollowUp next = FollowUpPolicy.next(facts, monday);

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(next.reason()).isEqualTo(FollowUpReason.PROMISE_REMINDER);
  }

  @Test
  void aPromiseOnTheSixtiethDayIsRemindedOnItsFiftyNinth() {
    LocalDate today = LocalDate.of(2028, 2, 29);
    CaseFacts facts = Facts.openedOn(OPENED).promised(LocalDate.of(2028, 4, 29), today).build();

    assertThat(FollowUpPolicy.next(facts, today).date()).isEqualTo(LocalDate.of(2028, 4, 28));
  }

  @Test
  void aRemindedPromiseAwaitsTheDayAfterThePromisedDate() {
    LocalDate promised = LocalDate.of(2027, 1, 1);
    CaseFacts facts = Facts.openedOn(OPENED).promised(promised, LocalDate.of(2026, 12, 20))
        .lastCountingAttempt(LocalDate.of(2026, 12, 31)).countingAttemptsThisWeek(1).build();

    FollowUp next = FollowUpPolicy.next(facts, LocalDate.of(2026, 12, 31));

    assertThat(next.reason()).isEqualTo(FollowUpReason.AWAIT_PROMISED_DAY);
    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 2));
  }

  @Test
  void brokenPromiseBecomesUnconfirmedDueToday() {
    CaseFacts broken = Facts.openedOn(OPENED).promised(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 1)).broken()
        .build();
    LocalDate today = LocalDate.of(2028, 2, 29);

    FollowUp next = FollowUpPolicy.next(broken, today);

    assertThat(broken.category()).isEqualTo(CaseCategory.UNCONFIRMED);
    assertThat(next.date()).isEqualTo(today);
    assertThat(next.reason()).isEqualTo(FollowUpReason.BROKEN_PROMISE);
  }

  @Test
  void aKeptPromiseWithNewerBillsDueIsUnconfirmedDueTheNextDayAndNotBroken() {
    CaseFacts kept = Facts.openedOn(OPENED).promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20))
        .keptWithNewerBills().build();

    FollowUp next = FollowUpPolicy.next(kept, LocalDate.of(2027, 1, 1));

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(next.reason()).isNotEqualTo(FollowUpReason.BROKEN_PROMISE);
  }

  @Test
  void anUnconfirmedCaseIsDueDailyWhateverTheWeekRuleSays() {
    LocalDate monday = LocalDate.of(2026, 12, 28);
    CaseFacts facts = Facts.openedOn(OPENED).unconfirmed(monday).countingAttemptsThisWeek(1).build();

    FollowUp next = FollowUpPolicy.next(facts, monday);

    assertThat(next.date()).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(next.reason()).isEqualTo(FollowUpReason.DAILY_UNCONFIRMED);
  }

  @Test
  void anOwnerAwayOnBusinessIsDueTheNextDay() {
    LocalDate sunday = LocalDate.of(2027, 1, 3);
    CaseFacts facts = Facts.openedOn(OPENED).away(sunday).countingAttemptsThisWeek(2).build();

    assertThat(FollowUpPolicy.next(facts, sunday)).isEqualTo(FollowUp.on(LocalDate.of(2027, 1, 4),
        FollowUpReason.DAILY_AWAY, sunday));
  }

  @Test
  void aRefusingCaseWithOneAttemptOnMondayIsDueOnThursdayByTheWeekRule() {
    LocalDate monday = LocalDate.of(2026, 12, 28);
    CaseFacts facts = Facts.openedOn(OPENED).refusing(monday).countingAttemptsThisWeek(1).build();

    FollowUp next = FollowUpPolicy.next(facts, monday);

    assertThat(next.date()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(next.reason()).isEqualTo(FollowUpReason.ROUND_TWICE_A_WEEK);
  }

  @Test
  void aRefusingCaseWithTwoAttemptsThisWeekIsAskedAgainFiveDaysLater() {
    LocalDate tuesday = LocalDate.of(2026, 12, 29);
    CaseFacts facts = Facts.openedOn(OPENED).refusing(LocalDate.of(2026, 12, 28)).lastCountingAttempt(tuesday)
        .countingAttemptsThisWeek(2).build();

    FollowUp next = FollowUpPolicy.next(facts, tuesday);

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(next.reason()).as("tied with the five-day round: the category's rule speaks")
        .isEqualTo(FollowUpReason.REFUSING_FOLLOW_UP);
  }

  @Test
  void theWeekRuleStartsAgainOnMonday() {
    LocalDate sunday = LocalDate.of(2021, 1, 3);
    LocalDate monday = LocalDate.of(2021, 1, 4);
    CaseFacts calledTuesday = Facts.openedOn(OPENED).refusing(LocalDate.of(2020, 12, 29)).countingAttemptsThisWeek(1)
        .build();
    CaseFacts calledSunday = Facts.openedOn(OPENED).refusing(sunday).countingAttemptsThisWeek(0).build();

    assertThat(FollowUpPolicy.next(calledTuesday, sunday).date()).as("week 53's Thursday")
        .isEqualTo(LocalDate.of(2020, 12, 31));
    FollowUp next = FollowUpPolicy.next(calledSunday, monday);
    assertThat(next.date()).as("the new week's Thursday").isEqualTo(LocalDate.of(2021, 1, 7));
    assertThat(next.reason()).isEqualTo(FollowUpReason.ROUND_TWICE_A_WEEK);
    assertThat(next.count()).isZero();
  }

  @Test
  void anUncategorisedCaseLeftAloneStaysDueOnItsOpeningDay() {
    FollowUp next = FollowUpPolicy.next(Facts.openedOn(OPENED).build(), LocalDate.of(2026, 12, 31));

    assertThat(next.date()).isEqualTo(OPENED);
    assertThat(next.reason()).isEqualTo(FollowUpReason.NEW_CASE);
  }

  @Test
  void anUnconfirmedCaseCalledOnceOnFridayIsDueTheNextDayNotAgainToday() {
    LocalDate friday = LocalDate.of(2027, 1, 1);
    CaseFacts facts = Facts.openedOn(OPENED).unconfirmed(friday).countingAttemptsThisWeek(1).build();

    FollowUp next = FollowUpPolicy.next(facts, friday);

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 2));
    assertThat(next.reason()).isEqualTo(FollowUpReason.DAILY_UNCONFIRMED);
  }

  @Test
  void aRefusingCaseCalledOnceByFridayIsDueAgainOnSaturdayForTheWeek() {
    LocalDate friday = LocalDate.of(2027, 1, 1);
    CaseFacts facts = Facts.openedOn(OPENED).refusing(friday).countingAttemptsThisWeek(1).build();

    FollowUp next = FollowUpPolicy.next(facts, friday);

    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 2));
    assertThat(next.reason()).isEqualTo(FollowUpReason.ROUND_TWICE_A_WEEK);
  }
}
