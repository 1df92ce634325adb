package com.collection.core.arrears;

import static com.collection.core.arrears.Attempts.notice;
import static com.collection.core.arrears.Attempts.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case aggregate's verbs with fixed dates: attempts, promises judged, closing and reopening. */
class ArrearsCaseTest {

  private static final long CASE_ID = 41;
  private static final long UNIT = 301;
  private static final long BUILDING = 3;
  private static final LocalDate OPENED = LocalDate.of(2026, 12, 16);
  private static final Money OWED = Money.of("1280.00");

  /** An open case as stored, uncategorised since it opened. */
  private static ArrearsCase openCase(LocalDate openedOn) {
    return ArrearsCase.load(CASE_ID, UNIT, BUILDING, 1, CaseStatus.OPEN, openedOn, null, CaseCategory.UNCATEGORISED,
        openedOn, null, null, null, null, null, 0, 0, FollowUp.on(openedOn, FollowUpReason.NEW_CASE, openedOn),
        LocalDate.of(2026, 11, 30), OWED);
  }

  private static Promise promiseFor(LocalDate promised, LocalDate madeOn) {
    return new Promise(promised, madeOn, OWED, List.of(11L, 12L));
  }

  /** A pay-soon case: the owner promised {@code promised} on a call on {@code madeOn} at 10:00. */
  private static ArrearsCase promised(LocalDate promised, LocalDate madeOn) {
    ArrearsCase c = openCase(OPENED);
    c.attempted(phone(c, madeOn.atTime(10, 0), CaseCategory.PAY_SOON, promised), promiseFor(promised, madeOn));
    return c;
  }

  @Test
  void aNewCaseIsUncategorisedAndDueTheDayItOpens() {
    ArrearsCase c = ArrearsCase.open(UNIT, BUILDING, OPENED, LocalDate.of(2026, 11, 30), OWED);

    assertThat(c.isOpen()).isTrue();
    assertThat(c.category()).isEqualTo(CaseCategory.UNCATEGORISED);
    assertThat(c.followUp()).isEqualTo(FollowUp.on(OPENED, FollowUpReason.NEW_CASE, OPENED));
    assertThat(c.owed()).isEqualTo(OWED);
    assertThat(c.attempts()).isZero();
  }

  @Test
  void aCountingAttemptSetsTheCategoryAndTheDailyFollowUp() {
    ArrearsCase c = openCase(OPENED);

    boolean set = c.attempted(phone(c, LocalDateTime.of(2026, 12, 31, 10, 30), CaseCategory.AWAY_ON_BUSINESS), null);
    FollowUp next = c.scheduleFollowUp(LocalDate.of(2026, 12, 31), 1);

    assertThat(set).isTrue();
    assertThat(c.category()).isEqualTo(CaseCategory.AWAY_ON_BUSINESS);
    assertThat(c.since()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(c.lastCountingAttempt()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(c.countingAttempts()).isEqualTo(1);
    assertThat(next).isEqualTo(FollowUp.on(LocalDate.of(2027, 1, 1), FollowUpReason.DAILY_AWAY,
        LocalDate.of(2026, 12, 31)));
    assertThat(c.followUp()).isEqualTo(next);
  }

  @Test
  void aPaySoonAttemptKeepsThePromiseGiven() {
    LocalDate madeOn = LocalDate.of(2028, 2, 1);
    Promise promise = promiseFor(LocalDate.of(2028, 3, 1), madeOn);
    ArrearsCase c = openCase(OPENED);
    CollectionAttempt attempt = phone(c, madeOn.atTime(9, 45), CaseCategory.PAY_SOON, LocalDate.of(2028, 3, 1));

    c.attempted(attempt, promise);

    assertThat(c.category()).isEqualTo(CaseCategory.PAY_SOON);
    assertThat(c.promise()).isEqualTo(promise);
    assertThat(c.promise().coveredBillIds()).containsExactly(11L, 12L);
    assertThat(c.categoryAttemptId()).isEqualTo(attempt.id());
    assertThat(c.scheduleFollowUp(madeOn, 1).date()).as("the reminder, on the leap day").isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aPaySoonAttemptWithoutItsPromiseIsRefused() {
    ArrearsCase c = openCase(OPENED);

    assertThatThrownBy(() -> c.attempted(phone(c, LocalDateTime.of(2026, 12, 31, 10, 0), CaseCategory.PAY_SOON,
        LocalDate.of(2027, 1, 5)), null)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = {"SMS", "PAPER_NOTICE", "EXPRESS_MAIL", "LAWYER_LETTER"})
  void attemptsThatCountForNothingNeverChangeTheCategoryNorCountForTheRounds(Channel channel) {
    ArrearsCase c = openCase(OPENED);
    c.attempted(phone(c, LocalDateTime.of(2026, 12, 28, 10, 0), CaseCategory.REFUSING), null);

    boolean set = c.attempted(notice(c, channel, LocalDateTime.of(2026, 12, 30, 15, 0)), null);

    assertThat(set).isFalse();
    assertThat(c.category()).isEqualTo(CaseCategory.REFUSING);
    assertThat(c.since()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(c.lastCountingAttempt()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(c.countingAttempts()).isEqualTo(1);
    assertThat(c.attempts()).as("in the timeline all the same").isEqualTo(2);
    assertThat(c.scheduleFollowUp(LocalDate.of(2026, 12, 30), 1).reason())
        .isEqualTo(FollowUpReason.ROUND_TWICE_A_WEEK);
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = {"SMS", "PAPER_NOTICE", "EXPRESS_MAIL", "LAWYER_LETTER"})
  void aNoticeLeavesANewCaseUncategorisedAndDue(Channel channel) {
    ArrearsCase c = openCase(OPENED);

    c.attempted(notice(c, channel, LocalDateTime.of(2026, 12, 16, 11, 0)), null);

    assertThat(c.category()).isEqualTo(CaseCategory.UNCATEGORISED);
    assertThat(c.lastCountingAttempt()).isNull();
    assertThat(c.scheduleFollowUp(LocalDate.of(2026, 12, 16), 0).reason()).isEqualTo(FollowUpReason.NEW_CASE);
  }

  @Test
  void anAttemptWithAnEarlierTimeLoggedAfterALaterOneDoesNotChangeTheCategory() {
    ArrearsCase c = openCase(OPENED);
    CollectionAttempt later = phone(c, LocalDateTime.of(2026, 12, 31, 16, 0), CaseCategory.REFUSING);
    CollectionAttempt earlier = phone(c, LocalDateTime.of(2026, 12, 30, 20, 0), CaseCategory.UNCONFIRMED);

    c.attempted(later, null);
    boolean set = c.attempted(earlier, null);

    assertThat(set).isFalse();
    assertThat(c.category()).isEqualTo(CaseCategory.REFUSING);
    assertThat(c.categoryAttemptId()).isEqualTo(later.id());
    assertThat(c.since()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(c.lastCountingAttempt()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(c.countingAttempts()).isEqualTo(2);
  }

  @Test
  void anEarlierAttemptLoggedLaterLeavesThePromiseOfTheLatestOne() {
    LocalDate promised = LocalDate.of(2027, 1, 8);
    ArrearsCase c = promised(promised, LocalDate.of(2026, 12, 31));

    c.attempted(phone(c, LocalDateTime.of(2026, 12, 30, 19, 0), CaseCategory.UNCONFIRMED), null);

    assertThat(c.category()).isEqualTo(CaseCategory.PAY_SOON);
    assertThat(c.promise().promisedDate()).isEqualTo(promised);
  }

  @Test
  void theLatestAttemptSetsTheCategoryInWhateverOrderTheyAreLogged() {
    ArrearsCase c = openCase(OPENED);
    c.attempted(phone(c, LocalDateTime.of(2026, 12, 29, 10, 0), CaseCategory.UNCONFIRMED), null);

    boolean set = c.attempted(phone(c, LocalDateTime.of(2026, 12, 31, 9, 30), CaseCategory.REFUSING), null);

    assertThat(set).isTrue();
    assertThat(c.category()).isEqualTo(CaseCategory.REFUSING);
  }

  @Test
  void thePromiseEndsWhenThePromisedDayHasEnded() {
    ArrearsCase c = promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20));

    assertThat(c.promiseEndedBy(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(c.promiseEndedBy(LocalDate.of(2027, 1, 1))).isTrue();
  }

  @Test
  void aKeptPromiseWithNewerBillsDueMakesTheCaseUnconfirmedDueTheNextDayNotBroken() {
    ArrearsCase c = promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20));

    c.promiseKept();
    FollowUp next = c.scheduleFollowUp(LocalDate.of(2027, 1, 1), 0);

    assertThat(c.category()).isEqualTo(CaseCategory.UNCONFIRMED);
    assertThat(c.brokenPromiseOn()).isNull();
    assertThat(c.promise()).isNull();
    assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(next.reason()).isNotEqualTo(FollowUpReason.BROKEN_PROMISE);
  }

  @Test
  void aBrokenPromiseMakesTheCaseUnconfirmedMarkedAndDueTheDayAfterThePromisedDate() {
    ArrearsCase c = promised(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 1));

    c.promiseBroken();
    FollowUp next = c.scheduleFollowUp(LocalDate.of(2028, 2, 29), 0);

    assertThat(c.category()).isEqualTo(CaseCategory.UNCONFIRMED);
    assertThat(c.brokenPromiseOn()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(c.since()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(c.promise()).isNull();
    assertThat(next).isEqualTo(FollowUp.on(LocalDate.of(2028, 2, 29), FollowUpReason.BROKEN_PROMISE,
        LocalDate.of(2028, 2, 28)));
  }

  @Test
  void aCountingAttemptAfterTheBreakClearsTheMark() {
    ArrearsCase c = promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20));
    c.promiseBroken();

    c.attempted(phone(c, LocalDateTime.of(2027, 1, 1, 10, 0), CaseCategory.UNCONFIRMED), null);

    assertThat(c.brokenPromiseOn()).isNull();
    assertThat(c.scheduleFollowUp(LocalDate.of(2027, 1, 1), 1)).isEqualTo(FollowUp.on(LocalDate.of(2027, 1, 2),
        FollowUpReason.DAILY_UNCONFIRMED, LocalDate.of(2027, 1, 1)));
  }

  @Test
  void aNoticeAfterTheBreakLeavesItDue() {
    ArrearsCase c = promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20));
    c.promiseBroken();

    c.attempted(notice(c, Channel.SMS, LocalDateTime.of(2027, 1, 1, 10, 0)), null);

    assertThat(c.brokenPromiseOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(c.scheduleFollowUp(LocalDate.of(2027, 1, 1), 0).reason()).isEqualTo(FollowUpReason.BROKEN_PROMISE);
  }

  @Test
  void onlyAPaySoonCaseHasAPromiseToJudge() {
    ArrearsCase c = openCase(OPENED);
    c.attempted(phone(c, LocalDateTime.of(2026, 12, 28, 10, 0), CaseCategory.UNCONFIRMED), null);

    assertThatThrownBy(c::promiseKept).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(c::promiseBroken).isInstanceOf(IllegalStateException.class);
    assertThat(c.promiseEndedBy(LocalDate.of(2027, 6, 1))).isFalse();
  }

  @Test
  void aPaySoonCaseIsNeverLoadedWithoutItsPromise() {
    assertThatThrownBy(() -> ArrearsCase.load(CASE_ID, UNIT, BUILDING, 1, CaseStatus.OPEN, OPENED, null,
        CaseCategory.PAY_SOON, OPENED, null, null, null, null, null, 0, 0, null, OPENED, OWED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theDebtFollowsTheLedgerWhileTheCaseIsOpen() {
    ArrearsCase c = openCase(OPENED);

    c.owes(LocalDate.of(2026, 12, 31), Money.of("320.00"));

    assertThat(c.oldestDueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(c.owed()).isEqualTo(Money.of("320.00"));
  }

  @Test
  void aClosedCaseRefusesAttempts() {
    ArrearsCase c = openCase(OPENED);
    c.close(LocalDate.of(2026, 12, 31));

    assertThatThrownBy(() -> c.attempted(phone(c, LocalDateTime.of(2026, 12, 31, 15, 0), CaseCategory.UNCONFIRMED),
        null)).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("arrears.case.closed"));
    assertThat(c.attempts()).isZero();
  }

  @Test
  void aClosedCaseRefusesTransitions() {
    ArrearsCase c = promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20));
    c.close(LocalDate.of(2026, 12, 30));

    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.closedOn()).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(c.promiseEndedBy(LocalDate.of(2027, 1, 1))).as("a paid promise is not judged").isFalse();
    assertThatThrownBy(c::promiseBroken).hasMessage("arrears.case.closed");
    assertThatThrownBy(() -> c.owes(OPENED, OWED)).hasMessage("arrears.case.closed");
    assertThatThrownBy(() -> c.close(LocalDate.of(2026, 12, 31))).hasMessage("arrears.case.closed");
    assertThatThrownBy(() -> c.scheduleFollowUp(LocalDate.of(2026, 12, 31), 0)).hasMessage("arrears.case.closed");
  }

  @Test
  void reopeningStartsANewEpisodeUncategorisedAndDueThatDay() {
    ArrearsCase c = promised(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20));
    c.promiseBroken();
    c.close(LocalDate.of(2027, 1, 2));
    LocalDate reopened = LocalDate.of(2027, 2, 16);

    c.reopen(reopened, LocalDate.of(2027, 1, 31), Money.of("320.00"));

    assertThat(c.isOpen()).isTrue();
    assertThat(c.openedOn()).isEqualTo(reopened);
    assertThat(c.closedOn()).isNull();
    assertThat(c.category()).isEqualTo(CaseCategory.UNCATEGORISED);
    assertThat(c.promise()).isNull();
    assertThat(c.brokenPromiseOn()).isNull();
    assertThat(c.lastCountingAttempt()).isNull();
    assertThat(c.categoryAt()).isNull();
    assertThat(c.owed()).isEqualTo(Money.of("320.00"));
    assertThat(c.followUp()).isEqualTo(FollowUp.on(reopened, FollowUpReason.NEW_CASE, reopened));
    assertThat(c.attempts()).as("the history is kept").isEqualTo(1);
  }

  @Test
  void anAttemptOfTheEarlierEpisodeDoesNotCategoriseTheReopenedCase() {
    ArrearsCase c = openCase(OPENED);
    c.attempted(phone(c, LocalDateTime.of(2026, 12, 20, 10, 0), CaseCategory.REFUSING), null);
    c.close(LocalDate.of(2026, 12, 22));
    c.reopen(LocalDate.of(2027, 1, 16), LocalDate.of(2026, 12, 31), OWED);

    boolean set = c.attempted(phone(c, LocalDateTime.of(2026, 12, 21, 10, 0), CaseCategory.UNCONFIRMED), null);

    assertThat(set).isFalse();
    assertThat(c.category()).isEqualTo(CaseCategory.UNCATEGORISED);
    assertThat(c.scheduleFollowUp(LocalDate.of(2027, 1, 16), 0).date()).isEqualTo(LocalDate.of(2027, 1, 16));
  }

  @Test
  void anOpenCaseIsNotReopened() {
    ArrearsCase c = openCase(OPENED);

    assertThatThrownBy(() -> c.reopen(LocalDate.of(2026, 12, 31), OPENED, OWED))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("arrears.case.open"));
  }

  @Test
  void anAttemptOfAnotherCaseIsRefused() {
    ArrearsCase c = openCase(OPENED);
    ArrearsCase other = ArrearsCase.load(CASE_ID + 1, UNIT + 1, BUILDING, 1, CaseStatus.OPEN, OPENED, null,
        CaseCategory.UNCATEGORISED, OPENED, null, null, null, null, null, 0, 0, null, OPENED, OWED);

    assertThatThrownBy(() -> c.attempted(phone(other, LocalDateTime.of(2026, 12, 31, 10, 0), CaseCategory.UNCONFIRMED),
        null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(c.attempts()).isZero();
  }

  /** One promise worked day by day: made, reminded (a new promise for the next day), then broken. */
  @Test
  void aPromiseWorkedDayByDay() {
    ArrearsCase c = promised(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 28));
    assertThat(c.scheduleFollowUp(LocalDate.of(2026, 12, 28), 1)).isEqualTo(FollowUp.on(LocalDate.of(2026, 12, 31),
        FollowUpReason.PROMISE_REMINDER, LocalDate.of(2027, 1, 1)));

    c.attempted(phone(c, LocalDateTime.of(2026, 12, 31, 10, 0), CaseCategory.PAY_SOON, LocalDate.of(2027, 1, 1)),
        promiseFor(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(c.scheduleFollowUp(LocalDate.of(2026, 12, 31), 2)).isEqualTo(FollowUp.on(LocalDate.of(2027, 1, 2),
        FollowUpReason.AWAIT_PROMISED_DAY, LocalDate.of(2027, 1, 1)));
    assertThat(c.promiseEndedBy(LocalDate.of(2027, 1, 1))).isFalse();

    assertThat(c.promiseEndedBy(LocalDate.of(2027, 1, 2))).isTrue();
    c.promiseBroken();
    assertThat(c.scheduleFollowUp(LocalDate.of(2027, 1, 2), 2)).isEqualTo(FollowUp.on(LocalDate.of(2027, 1, 2),
        FollowUpReason.BROKEN_PROMISE, LocalDate.of(2027, 1, 1)));
  }
}
