package com.collection.core.cashup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The daily cash-up rules with a fixed clock: which payments and reversals belong to a person's
 * day, the figures, submitting (own day, counted cash to the fen, a reason for a difference) and
 * confirming (another person, a manager, once; a confirmed report never changes).
 */
class CashUpTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate YESTERDAY = LocalDate.of(2026, 6, 14);
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final long STAFF = 7;
  private static final long OTHER_STAFF = 8;
  private static final long MANAGER = 9;

  private final InMemoryDesk desk = new InMemoryDesk();
  private final com.collection.core.audit.InMemoryAuditLog log = new com.collection.core.audit.InMemoryAuditLog();

  private static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(18, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
  }

  private SubmitCashUp submit(LocalDate today) {
    return new SubmitCashUp(desk, desk, log.audit(on(today)), on(today));
  }

  private ConfirmCashUp confirm(LocalDate today) {
    return new ConfirmCashUp(desk, desk, log.audit(on(today)), on(today));
  }

  private final ViewCashUps view = new ViewCashUps(desk, desk);

  @Test
  void aBackdatedPaymentLandsInTheReportOfTheDayItWasRecorded() {
    desk.record(STAFF, TODAY, LocalDate.of(2026, 6, 1), PaymentMethod.CASH, "300.00");

    CashUpReport today = view.report(STAFF, TODAY, Viewer.ownBuildings(STAFF));
    CashUpReport receivedDay = view.report(STAFF, LocalDate.of(2026, 6, 1), Viewer.ownBuildings(STAFF));

    assertThat(today.figures().payments()).hasSize(1);
    assertThat(today.figures().expectedCash()).isEqualTo(Money.of("300.00"));
    assertThat(receivedDay.figures().entries()).as("nothing on the received date").isEmpty();
  }

  @Test
  void theMethodsAddUpToTheDaysTotalAndOnlyCashIsExpectedInTheDrawer() {
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "300.00");
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "0.10");
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.WECHAT_PAY, "88.88");
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.BANK_TRANSFER, "1000.00");
    Payment reversedLater = desk.record(STAFF, YESTERDAY, YESTERDAY, PaymentMethod.CASH, "50.00");
    desk.reverse(reversedLater, STAFF, TODAY);
    desk.record(OTHER_STAFF, TODAY, TODAY, PaymentMethod.CASH, "999.00");

    CashUpFigures figures = view.report(STAFF, TODAY, Viewer.ownBuildings(STAFF)).figures();

    assertThat(figures.lines()).extracting(CashUpLine::method)
        .containsExactly(PaymentMethod.CASH, PaymentMethod.BANK_TRANSFER, PaymentMethod.WECHAT_PAY);
    CashUpLine cash = figures.lines().get(0);
    assertThat(cash.paymentCount()).isEqualTo(2);
    assertThat(cash.payments()).isEqualTo(Money.of("300.10"));
    assertThat(cash.reversalCount()).isEqualTo(1);
    assertThat(cash.reversals()).isEqualTo(Money.of("-50.00"));
    assertThat(figures.expectedCash()).isEqualTo(Money.of("250.10"));
    assertThat(figures.paymentsTotal()).isEqualTo(Money.of("1388.98"));
    assertThat(figures.reversalsTotal()).isEqualTo(Money.of("-50.00"));
    assertThat(figures.netTotal()).isEqualTo(Money.of("1338.98"));
    assertThat(figures.lines().stream().map(CashUpLine::net).reduce(Money.ZERO, Money::plus))
        .as("the methods add up to the day's total").isEqualTo(figures.netTotal());
    ReceiptRange range = figures.receiptRanges().get(0);
    assertThat(range.first()).isEqualTo("YG-2026-000001");
    assertThat(range.last()).isEqualTo("YG-2026-000004");
    assertThat(range.issued()).isEqualTo(4);
    assertThat(range.issuedByOthers()).isZero();
  }

  @Test
  void theReceiptRangeExplainsNumbersOfOthersAndListsVoidedReceipts() {
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "10.00");
    desk.record(OTHER_STAFF, TODAY, TODAY, PaymentMethod.CASH, "20.00");
    Payment voided = desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "30.00");
    desk.reverse(voided, MANAGER, TODAY);

    CashUpFigures figures = view.report(STAFF, TODAY, Viewer.ownBuildings(STAFF)).figures();

    ReceiptRange range = figures.receiptRanges().get(0);
    assertThat(range.first()).isEqualTo("YG-2026-000001");
    assertThat(range.last()).isEqualTo("YG-2026-000003");
    assertThat(range.issuedByOthers()).isEqualTo(1);
    assertThat(range.voided()).containsExactly("YG-2026-000003");
    assertThat(figures.expectedCash()).as("the reversal is in the manager's day, not the collector's")
        .isEqualTo(Money.of("40.00"));
    assertThat(view.report(MANAGER, TODAY, Viewer.everything(MANAGER)).figures().expectedCash())
        .isEqualTo(Money.of("-30.00"));
  }

  @Test
  void aReversalTodayOfYesterdaysConfirmedPaymentAppearsTodayAndYesterdaysReportIsUnchanged() {
    Payment payment = desk.record(STAFF, YESTERDAY, YESTERDAY, PaymentMethod.CASH, "300.00");
    CashUp submitted = submit(YESTERDAY).submit(STAFF, YESTERDAY, "300.00", null);
    confirm(YESTERDAY).confirm(submitted.id(), 1, Viewer.everything(MANAGER));

    desk.reverse(payment, STAFF, TODAY);

    CashUpReport yesterday = view.report(STAFF, YESTERDAY, Viewer.ownBuildings(STAFF));
    assertThat(yesterday.cashUp().confirmed()).isTrue();
    assertThat(yesterday.figures().netTotal()).isEqualTo(Money.of("300.00"));
    assertThat(yesterday.figures().expectedCash()).isEqualTo(Money.of("300.00"));
    assertThat(yesterday.figures().receiptRanges().get(0).voided()).as("as it was when confirmed").isEmpty();
    assertThat(yesterday.figures().reversals()).isEmpty();
    CashUpReport today = view.report(STAFF, TODAY, Viewer.ownBuildings(STAFF));
    assertThat(today.figures().reversals()).extracting(CashUpEntry::paymentId).containsExactly(payment.id());
    assertThat(today.figures().expectedCash()).isEqualTo(Money.of("-300.00"));
    assertThat(today.figures().payments()).isEmpty();
  }

  @Test
  void aConfirmedReportCanNotBeSubmittedAgain() {
    desk.record(STAFF, YESTERDAY, YESTERDAY, PaymentMethod.CASH, "300.00");
    CashUp submitted = submit(YESTERDAY).submit(STAFF, YESTERDAY, "300", null);
    confirm(TODAY).confirm(submitted.id(), 1, Viewer.everything(MANAGER));

    assertRefused(() -> submit(TODAY).submit(STAFF, YESTERDAY, "290.00", "少了十元"), "cashup.confirmed.final");
    CashUp stored = desk.stored.get(submitted.id());
    assertThat(stored.counted()).isEqualTo(Money.of("300.00"));
    assertThat(stored.revision()).isEqualTo(1);
  }

  @Test
  void aDifferenceNeedsAReasonAndIsCountedMinusExpected() {
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "300.00");

    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY, "290.00", "  "), "cashup.reason.required", "reason");
    assertThat(desk.stored).isEmpty();

    CashUp cashUp = submit(TODAY).submit(STAFF, TODAY, "290.00", "找零少了十元");
    assertThat(cashUp.difference()).isEqualTo(Money.of("-10.00"));
    assertThat(cashUp.expectedCash()).isEqualTo(Money.of("300.00"));
    assertThat(cashUp.reason()).isEqualTo("找零少了十元");
  }

  @Test
  void badCountedCashGetsAClearMessageAndStoresNothing() {
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "300.00");
    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY, "300.001", null), "cashup.counted.decimals", "counted");
    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY, "-1", "退款"), "cashup.counted.negative", "counted");
    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY, "三百", null), "cashup.counted.format", "counted");
    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY, "", null), "validation.required", "counted");
    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY.plusDays(1), "0", null), "cashup.day.future", "day");
    assertThat(desk.stored).isEmpty();
  }

  @Test
  void countedCashIsJudgedByItsShapeBeforeItIsANumber() {
    for (String counted : List.of("1e9999999", "1e999999999", "NaN", "Infinity", "１２", "0x10", "1".repeat(30),
        "+-1", "1.2.3")) {
      long started = System.nanoTime();
      assertRefused(() -> submit(TODAY).submit(STAFF, TODAY, counted, null), "cashup.counted.format", "counted");
      assertThat((System.nanoTime() - started) / 1_000_000).as(counted).isLessThan(500);
    }
    // the message quotes at most the first few dozen characters of what was typed
    assertThatThrownBy(() -> submit(TODAY).submit(STAFF, TODAY, "9".repeat(100_000) + "x", null))
        .satisfies(e -> assertThat(((DomainException) e).args()[0].toString()).hasSizeLessThan(50));
    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY, "99999999999999999999", null), "cashup.counted.tooLarge",
        "counted");
    assertThat(submit(TODAY).submit(STAFF, TODAY, " 1,280.50 ", "多收").counted()).isEqualTo(Money.of("1280.50"));
    assertThat(desk.stored).hasSize(1);
  }

  @Test
  void aDayMoreThanAYearBackIsRefused() {
    assertRefused(() -> submit(TODAY).submit(STAFF, LocalDate.of(1, 1, 1), "0", null), "cashup.day.tooOld", "day");
    assertRefused(() -> submit(TODAY).submit(STAFF, TODAY.minusYears(1).minusDays(1), "0", null), "cashup.day.tooOld",
        "day");
    assertThat(submit(TODAY).submit(STAFF, TODAY.minusYears(1), "0", null).day()).isEqualTo(TODAY.minusYears(1));
  }

  @Test
  void submittingAgainBeforeConfirmationKeepsTheEarlierRevision() {
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "300.00");
    CashUp first = submit(TODAY).submit(STAFF, TODAY, "300.00", null);
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "45.50");

    CashUpReport before = view.report(STAFF, TODAY, Viewer.everything(MANAGER));
    assertThat(before.liveDiffers()).as("a payment recorded after submitting").isTrue();
    assertThat(before.figures().netTotal()).as("the report shows what was submitted").isEqualTo(Money.of("300.00"));
    assertRefused(() -> confirm(TODAY).confirm(first.id(), 1, Viewer.everything(MANAGER)), "cashup.confirm.stale");

    CashUp second = submit(TODAY).submit(STAFF, TODAY, "345.50", null);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.revision()).isEqualTo(2);
    assertThat(desk.revisions(first.id())).extracting(CashUpRevision::counted)
        .containsExactly(Money.of("300.00"), Money.of("345.50"));
    assertRefused(() -> confirm(TODAY).confirm(first.id(), 1, Viewer.everything(MANAGER)), "cashup.changed");
    assertThat(confirm(TODAY).confirm(first.id(), 2, Viewer.everything(MANAGER)).confirmed()).isTrue();
  }

  @Test
  void onlyAnotherPersonWithTheManagerRoleConfirmsAndOnlyOnce() {
    desk.record(MANAGER, TODAY, TODAY, PaymentMethod.CASH, "100.00");
    CashUp own = submit(TODAY).submit(MANAGER, TODAY, "100.00", null);
    desk.record(STAFF, TODAY, TODAY, PaymentMethod.CASH, "300.00");
    CashUp staffs = submit(TODAY).submit(STAFF, TODAY, "300.00", null);

    assertRefused(() -> confirm(TODAY).confirm(own.id(), 1, Viewer.everything(MANAGER)), "cashup.confirm.own");
    assertThatThrownBy(() -> confirm(TODAY).confirm(staffs.id(), 1, Viewer.ownBuildings(OTHER_STAFF)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(desk.stored.get(staffs.id()).confirmed()).isFalse();

    CashUp confirmed = confirm(TODAY).confirm(staffs.id(), 1, Viewer.everything(MANAGER));
    assertThat(confirmed.confirmedBy()).isEqualTo(MANAGER);
    assertThat(confirmed.confirmedAt()).isEqualTo(on(TODAY).instant());
    assertRefused(() -> confirm(TODAY).confirm(staffs.id(), 1, Viewer.everything(MANAGER + 1)),
        "cashup.confirm.already");
    assertThat(desk.stored.get(staffs.id()).confirmedBy()).isEqualTo(MANAGER);
  }

  @Test
  void staffSeeOnlyTheirOwnReport() {
    assertThatThrownBy(() -> view.report(OTHER_STAFF, TODAY, Viewer.ownBuildings(STAFF)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(view.report(OTHER_STAFF, TODAY, Viewer.everything(MANAGER)).staffName()).isEqualTo("员工8");
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
    assertThatThrownBy(call).isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code,
      String field) {
    assertThatThrownBy(call).isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code))
        .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
  }
}
