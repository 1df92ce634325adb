package com.collection.persistence.cashup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.cashup.CashUp;
import com.collection.core.cashup.CashUpEntry;
import com.collection.core.cashup.CashUpReport;
import com.collection.core.cashup.CashUps;
import com.collection.core.cashup.ConfirmCashUp;
import com.collection.core.cashup.DeskDay;
import com.collection.core.cashup.SubmitCashUp;
import com.collection.core.cashup.ViewCashUps;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.payment.ReversePayment;
import com.collection.core.receiptbook.ReceiptGaps;
import com.collection.core.receiptbook.ReceiptState;
import com.collection.core.receiptbook.ViewReceiptBook;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cash-up and receipt book adapters on PostgreSQL with the real payment use cases and a clock
 * moved day by day: a person's day from the payment table, frozen snapshots with revisions, the
 * guarded confirmation under concurrency, every desk's day, and the receipt book's gap check.
 */
@SpringBootTest
@PostgresTest
class CashUpOnPostgresTest {

  private static final LocalDate JUNE_13 = LocalDate.of(2026, 6, 13);
  private static final LocalDate JUNE_14 = LocalDate.of(2026, 6, 14);
  private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);

  @Autowired
  ApplicationContext context;
  @Autowired
  MutableClock clock;
  @Autowired
  RecordPayment recordPayment;
  @Autowired
  ReversePayment reversePayment;
  @Autowired
  SubmitCashUp submitCashUp;
  @Autowired
  ConfirmCashUp confirmCashUp;
  @Autowired
  ViewCashUps viewCashUps;
  @Autowired
  CashUps cashUps;
  @Autowired
  ViewReceiptBook receiptBook;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private StaffMember person(Role role) {
    return context.getBean(ManageStaff.class).create("desk" + ThreadLocalRandom.current().nextInt(1_000_000_000),
        role == Role.STAFF ? "收费员" : "经理", role, "desk-pass");
  }

  private Payment pay(StaffMember by, long unit, String amount, PaymentMethod method, LocalDate receivedOn) {
    return recordPayment.record(new RecordPaymentCommand(unit, new BigDecimal(amount), method, "业主",
        method == PaymentMethod.CASH ? null : UUID.randomUUID().toString(), receivedOn, List.of(),
        UUID.randomUUID().toString(), Viewer.everything(by.id())));
  }

  @Test
  void aPersonsDayIsWhatTheyRecordedAndReversedThatDayAndAConfirmedReportNeverChanges() {
    var estate = BillingFixtures.create(context);
    StaffMember collector = person(Role.MANAGER); // sees every building, so it can take the fixture's money
    StaffMember manager = person(Role.MANAGER);
    clock.setDay(JUNE_14);
    Payment backdated = pay(collector, estate.flat(), "300.00", PaymentMethod.CASH, JUNE_13);
    pay(collector, estate.flat(), "88.80", PaymentMethod.WECHAT_PAY, JUNE_14);
    CashUp submitted = submitCashUp.submit(collector.id(), JUNE_14, "300", null);
    assertThat(submitted.figures().netTotal()).isEqualTo(Money.of("388.80"));
    assertThat(viewCashUps.report(collector.id(), JUNE_13, Viewer.everything(manager.id())).figures().entries())
        .as("the received date does not matter").isEmpty();
    confirmCashUp.confirm(submitted.id(), 1, Viewer.everything(manager.id()));

    clock.setDay(JUNE_15);
    reversePayment.reverse(backdated.id(), "金额录错", collector.id());
    pay(collector, estate.flat(), "10.00", PaymentMethod.CASH, JUNE_15);

    CashUpReport yesterday = viewCashUps.report(collector.id(), JUNE_14, Viewer.everything(manager.id()));
    assertThat(yesterday.cashUp().confirmed()).isTrue();
    assertThat(yesterday.cashUp().confirmedBy()).isEqualTo(manager.id());
    assertThat(yesterday.figures().netTotal()).isEqualTo(Money.of("388.80"));
    assertThat(yesterday.figures().expectedCash()).isEqualTo(Money.of("300.00"));
    assertThat(yesterday.figures().receiptRanges().get(0).voided()).as("frozen as confirmed").isEmpty();
    assertThat(yesterday.live().receiptRanges().get(0).voided()).containsExactly(backdated.receiptNumber());
    CashUpReport today = viewCashUps.report(collector.id(), JUNE_15, Viewer.everything(collector.id()));
    assertThat(today.figures().reversals()).extracting(CashUpEntry::paymentId).containsExactly(backdated.id());
    assertThat(today.figures().expectedCash()).isEqualTo(Money.of("-290.00"));
    assertThatThrownBy(() -> submitCashUp.submit(collector.id(), JUNE_14, "0", "再交一次"))
        .isInstanceOf(DomainException.class).hasMessage("cashup.confirmed.final");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cash_up_revision WHERE cash_up_id = ?", Long.class,
        submitted.id())).isEqualTo(1);

    List<DeskDay> desks = viewCashUps.desks(JUNE_14, Viewer.everything(manager.id()), new PageRequest(0, 200)).items();
    DeskDay desk = desks.stream().filter(d -> d.staffId() == collector.id()).findFirst().orElseThrow();
    assertThat(desk.status()).isEqualTo(CashUp.Status.CONFIRMED);
    assertThat(desk.submittedNet()).isEqualTo(Money.of("388.80"));
    assertThat(desk.counted()).isEqualTo(Money.of("300.00"));
    assertThat(desk.difference()).isEqualTo(Money.ZERO);
    DeskDay todays = viewCashUps.desks(JUNE_15, Viewer.everything(manager.id()), new PageRequest(0, 200)).items()
        .stream().filter(d -> d.staffId() == collector.id()).findFirst().orElseThrow();
    assertThat(todays.submitted()).isFalse();
    assertThat(todays.liveEntries()).isEqualTo(2);
    assertThat(todays.liveNet()).isEqualTo(Money.of("-290.00"));
  }

  @Test
  void resubmittingKeepsEveryRevisionAndOfTwoConcurrentConfirmationsOneWins() throws Exception {
    var estate = BillingFixtures.create(context);
    StaffMember collector = person(Role.MANAGER);
    clock.setDay(JUNE_14);
    pay(collector, estate.flat(), "100.00", PaymentMethod.CASH, JUNE_14);
    CashUp first = submitCashUp.submit(collector.id(), JUNE_14, "99.50", "少五角");
    pay(collector, estate.flat(), "20.00", PaymentMethod.CASH, JUNE_14);
    CashUp second = submitCashUp.submit(collector.id(), JUNE_14, "120.00", "");
    assertThat(second.revision()).isEqualTo(2);
    assertThat(cashUps.revisions(first.id())).extracting(r -> r.counted().toString(), r -> r.difference().toString(),
        r -> r.reason()).containsExactly(org.assertj.core.groups.Tuple.tuple("99.50", "-0.50", "少五角"),
        org.assertj.core.groups.Tuple.tuple("120.00", "0.00", null));
    assertThat(cashUps.byId(first.id()).orElseThrow().figures().entries()).hasSize(2);

    List<StaffMember> managers = List.of(person(Role.MANAGER), person(Role.ADMIN));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> results = new ArrayList<>();
    for (StaffMember m : managers) {
      Callable<String> confirm = () -> {
        start.await();
        try {
          confirmCashUp.confirm(first.id(), 2, Viewer.everything(m.id()));
          return "confirmed";
        } catch (DomainException e) {
          return e.code();
        }
      };
      results.add(pool.submit(confirm));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    pool.shutdown();
    assertThat(outcomes).containsExactlyInAnyOrder("confirmed", "cashup.confirm.already");
    CashUp stored = cashUps.byId(first.id()).orElseThrow();
    assertThat(stored.confirmed()).isTrue();
    assertThat(managers).extracting(StaffMember::id).contains(stored.confirmedBy());

    CashUp already = stored;
    assertThat(cashUps.confirm(new CashUp(already.id(), already.staffId(), already.day(), CashUp.Status.CONFIRMED,
        already.revision(), already.submittedAt(), already.figures(), already.counted(), already.difference(),
        already.reason(), managers.get(0).id(), clock.instant()))).as("the guarded update refuses").isFalse();
  }

  @Test
  void theReceiptBookListsTheYearInOrderAndFindsGapsInTheDatabase() {
    var estate = BillingFixtures.create(context);
    StaffMember collector = person(Role.MANAGER);
    StaffMember other = person(Role.MANAGER);
    Viewer auditor = Viewer.everything(other.id());
    List<Payment> paid = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      paid.add(pay(i % 2 == 0 ? other : collector, estate.flat(), i + "0.00", PaymentMethod.CASH, JUNE_15));
    }
    reversePayment.reverse(paid.get(1).id(), "重复收款", other.id());

    ReceiptGaps gapless = receiptBook.gaps(estate.communityId(), 2026, auditor);
    assertThat(gapless.gapless()).isTrue();
    assertThat(gapless.issued()).isEqualTo(4);
    var all = receiptBook.entries(estate.communityId(), 2026, null, null, auditor, new PageRequest(0, 3));
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.items()).extracting(e -> e.sequence()).containsExactly(1L, 2L, 3L);
    assertThat(receiptBook.entries(estate.communityId(), 2026, ReceiptState.VOID, null, auditor,
        new PageRequest(0, 10)).items()).extracting(e -> e.receiptNumber()).containsExactly(paid.get(1).receiptNumber());
    assertThat(receiptBook.entries(estate.communityId(), 2026, ReceiptState.VALID, collector.id(), auditor,
        new PageRequest(0, 10)).items()).extracting(e -> e.sequence()).containsExactly(1L, 3L);
    assertThat(receiptBook.collectors(estate.communityId(), 2026, auditor)).containsKeys(collector.id(), other.id());
    assertThat(receiptBook.years(estate.communityId(), auditor)).containsExactly(2026);

    // numbers 5 and 6 handed out but never stored (as a broken counter would), then 7; and 8 counted but missing
    jdbc.update("UPDATE receipt_counter SET last_number = last_number + 2 WHERE community_id = ?", estate.communityId());
    pay(collector, estate.flat(), "70.00", PaymentMethod.CASH, JUNE_15);
    jdbc.update("UPDATE receipt_counter SET last_number = last_number + 1 WHERE community_id = ?", estate.communityId());

    ReceiptGaps gaps = receiptBook.gaps(estate.communityId(), 2026, auditor);
    assertThat(gaps.gapless()).isFalse();
    assertThat(gaps.issued()).isEqualTo(8);
    assertThat(gaps.receipts()).isEqualTo(5);
    assertThat(gaps.highest()).isEqualTo(7);
    assertThat(gaps.missing()).containsExactly(new ReceiptGaps.Missing(5, 6), new ReceiptGaps.Missing(8, 8));
    assertThat(receiptBook.gaps(estate.communityId(), 2025, auditor).gapless()).as("a year without receipts").isTrue();
  }
}
