package com.collection.persistence.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.billing.Bill;
import com.collection.core.billing.BillRunPreview;
import com.collection.core.billing.BillStatus;
import com.collection.core.billing.Bills;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.SkipReason;
import com.collection.core.billing.VoidBill;
import com.collection.core.estate.CommunityDetails;
import com.collection.core.estate.SaveCommunity;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@PostgresTest
class BillRunOnPostgresTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  RunBilling runBilling;
  @Autowired
  VoidBill voidBill;
  @Autowired
  Bills bills;
  @Autowired
  EffectLedger ledger;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void thePreviewCountsBillsAndSkippedUnitsByReason() {
    BillingFixture estate = new BillingFixture(context);
    BillRunPreview preview = runBilling.preview(estate.community.id(), estate.itemIds(), "2026-05");
    assertThat(preview.units()).isEqualTo(6);
    assertThat(preview.bills()).isEqualTo(5);
    // 88.50×2.8 + 120.33×2.8 + 45.25×4.5 + 99.99×2.8 + 80
    assertThat(preview.total()).isEqualTo(Money.of("247.80").plus(Money.of("336.92")).plus(Money.of("203.63"))
        .plus(Money.of("279.97")).plus(Money.of("80.00")));
    assertThat(preview.skipped()).containsEntry(SkipReason.UNSOLD, 2L).containsEntry(SkipReason.VACANT, 1L)
        .containsEntry(SkipReason.NO_RATE, 4L);
    assertThat(count("SELECT COUNT(*) FROM bill WHERE building_id = ?", estate.first.id())).as("a preview writes nothing").isZero();
  }

  @Test
  void runningTheSamePeriodTwiceWritesEachBillOnce() {
    BillingFixture estate = new BillingFixture(context);
    var first = runBilling.run(estate.community.id(), estate.itemIds(), "2026-05", null);
    var second = runBilling.run(estate.community.id(), estate.itemIds(), "2026-05", null);
    assertThat(first.billsWritten()).isEqualTo(5);
    assertThat(second.billsWritten()).isZero();
    assertThat(runBilling.preview(estate.community.id(), estate.itemIds(), "2026-05").skipped())
        .containsEntry(SkipReason.ALREADY_BILLED, 5L);
    assertBillsOncePerUnitItemPeriod(estate, 5);
  }

  @Test
  void twoRunsOfTheSamePeriodAtOnceWriteEachBillOnce() throws Exception {
    BillingFixture estate = new BillingFixture(context);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Long>> runs = List.of(
          pool.submit(() -> { start.await(); return runOrRefused(estate, "2026-06"); }),
          pool.submit(() -> { start.await(); return runOrRefused(estate, "2026-06"); }));
      start.countDown();
      long first = runs.get(0).get();
      long second = runs.get(1).get();
      assertThat(first >= 0 || second >= 0).as("at least one of them ran").isTrue();
      long written = Math.max(0, first) + Math.max(0, second);
      assertThat(written).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
    assertBillsOncePerUnitItemPeriod(estate, 5);
  }

  @Test
  void aVoidedBillCountsNowhereAndItsPeriodCanBeReissued() {
    BillingFixture estate = new BillingFixture(context);
    runBilling.run(estate.community.id(), estate.itemIds(), "2026-04", null);
    Bill bill = bills.ofUnit(estate.units.get(0).id()).get(0);
    LocalDate due = bill.dueDate();
    Money before = ledger.asOf(estate.first.id(), 2026, due).receivable();

    Bill voided = voidBill.voidBill(bill.id(), "面积录入错误");
    assertThat(voided.status()).isEqualTo(BillStatus.VOIDED);
    assertThat(ledger.asOf(estate.first.id(), 2026, due).receivable()).isEqualTo(before.minus(bill.amount()));

    jdbc.update("UPDATE unit SET area = 90.00 WHERE id = ?", estate.units.get(0).id());
    Bill reissued = voidBill.reissue(bill.id());
    assertThat(reissued.revision()).isEqualTo(1);
    assertThat(reissued.amount()).isEqualTo(Money.of("252.00"));
    assertThat(ledger.asOf(estate.first.id(), 2026, due).receivable())
        .isEqualTo(before.minus(bill.amount()).plus(Money.of("252.00")));
    assertThatThrownBy(() -> voidBill.reissue(bill.id())).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo("bill.reissue.liveExists"));
    assertThat(count("SELECT COUNT(*) FROM bill WHERE unit_id = ? AND period = '2026-04' AND fee_item_id = ?",
        estate.units.get(0).id(), estate.serviceFee.id())).as("nothing is deleted").isEqualTo(2);
  }

  @Test
  void aBillWithMoneyOnItCannotBeVoided() {
    BillingFixture estate = new BillingFixture(context);
    runBilling.run(estate.community.id(), estate.itemIds(), "2026-03", null);
    Bill bill = bills.ofUnit(estate.units.get(0).id()).get(0);
    jdbc.update("UPDATE bill SET paid = 10.00 WHERE id = ?", bill.id());
    assertThatThrownBy(() -> voidBill.voidBill(bill.id(), "错误")).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo("bill.void.paid"));
    assertThat(bills.byId(bill.id()).orElseThrow().status()).isEqualTo(BillStatus.ISSUED);
  }

  @Test
  void badRequestsAreRefusedAndWriteNothing() {
    BillingFixture estate = new BillingFixture(context);
    assertRule(() -> runBilling.run(estate.community.id(), estate.itemIds(), "2026-5", null), "billing.period.format");
    assertRule(() -> runBilling.run(estate.community.id(), estate.itemIds(), "2026-Q2", null), "billing.period.cycleMismatch");
    assertRule(() -> runBilling.run(estate.community.id(), List.of(), "2026-05", null), "billing.run.chooseItems");
    var empty = context.getBean(SaveCommunity.class).create(new CommunityDetails("无项目小区" + estate.community.code(),
        "E" + estate.community.code().substring(1), null, 1, "", "", null, null, null, 15));
    assertRule(() -> runBilling.run(empty.id(), List.of(estate.serviceFee.id()), "2026-05", null), "billing.run.noFeeItems");
    assertThat(count("SELECT COUNT(*) FROM bill WHERE building_id = ?", estate.first.id())).isZero();
    assertThatThrownBy(() -> context.getBean(com.collection.core.billing.ManageFeeItems.class)
        .addRate(estate.serviceFee.id(), com.collection.core.estate.UnitUse.RESIDENTIAL, LocalDate.of(2026, 1, 1),
            new BigDecimal("2.80001")))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("feeRate.decimals"));
  }

  /**
   * The bills a run wrote, or -1 if it was refused because the other one was running (one running
   * run per community and period); if the other had finished already, this one runs and adds nothing.
   */
  private long runOrRefused(BillingFixture estate, String period) {
    try {
      return runBilling.run(estate.community.id(), estate.itemIds(), period, null).billsWritten();
    } catch (DomainException e) {
      assertThat(e.code()).isEqualTo("billing.run.alreadyRunning");
      return -1;
    }
  }

  private void assertBillsOncePerUnitItemPeriod(BillingFixture estate, long expected) {
    assertThat(count("""
        SELECT COUNT(*) FROM bill b JOIN building bd ON bd.id = b.building_id WHERE bd.community_id = ?""",
        estate.community.id())).isEqualTo(expected);
    assertThat(count("""
        SELECT COUNT(*) FROM money_effect e JOIN building bd ON bd.id = e.building_id WHERE bd.community_id = ?""",
        estate.community.id())).as("one effect per bill").isEqualTo(expected);
    BigDecimal bills = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM bill b JOIN building bd"
        + " ON bd.id = b.building_id WHERE bd.community_id = ?", BigDecimal.class, estate.community.id());
    BigDecimal rollups = jdbc.queryForObject("SELECT COALESCE(SUM(receivable), 0) FROM rollup_month r JOIN building bd"
        + " ON bd.id = r.building_id WHERE bd.community_id = ?", BigDecimal.class, estate.community.id());
    assertThat(rollups).isEqualByComparingTo(bills);
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  private static void assertRule(Runnable action, String code) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }
}
