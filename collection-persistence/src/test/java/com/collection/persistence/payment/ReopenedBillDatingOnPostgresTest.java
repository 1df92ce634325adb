package com.collection.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.billing.RunBilling;
import com.collection.core.latefee.AccruedLateFees;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.ReversePayment;
import com.collection.core.shared.Money;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.persistence.billing.Recomputed;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "An allocation never counts from before the day its bill was last re-opened by a reversal or a
 * counter-entry", on PostgreSQL through the use cases: the fixture's flat 101 owes ¥247.80 a month,
 * due on the 15th. Its January bill is paid ¥100 on Feb 1, that payment is reversed on Mar 1, and a
 * second ¥100 received on Feb 1 is recorded on Mar 5: it counts from Mar 1, so the bill never counts
 * as paid twice in February, and the late fee sees ¥147.80 outstanding in February (not ¥47.80).
 */
@SpringBootTest
@PostgresTest
class ReopenedBillDatingOnPostgresTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  RunBilling runBilling;
  @Autowired
  RecordPayment recordPayment;
  @Autowired
  ReversePayment reversePayment;
  @Autowired
  RequestAdjustment requestAdjustment;
  @Autowired
  DecideAdjustment decideAdjustment;
  @Autowired
  ManageLateFeePolicy policies;
  @Autowired
  AccruedLateFees accruedLateFees;
  @Autowired
  Bills bills;
  @Autowired
  EffectLedger ledger;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aPaymentReceivedBeforeAReversalButRecordedAfterItCountsFromTheReversal() {
    BillingFixtures.Estate estate = BillingFixtures.create(context);
    PaymentFixture desk = new PaymentFixture(context);
    policies.save(estate.communityId(), true, new BigDecimal("0.05"), 0, new BigDecimal("20"), desk.collector.id());
    long unit = estate.flat();
    clock.setDay(day("2026-01-05"));
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    Bill january = bills.ofUnit(unit).get(0);
    assertThat(january.dueDate()).isEqualTo(day("2026-01-15"));

    clock.setDay(day("2026-02-01"));
    long first = recordPayment.record(desk.with(unit, "100.00", day("2026-02-01"), PaymentMethod.CASH, null,
        List.of(january.id()))).id();
    clock.setDay(day("2026-03-01"));
    reversePayment.reverse(first, "支票退票", desk.collector.id());
    clock.setDay(day("2026-03-05"));
    long second = recordPayment.record(desk.with(unit, "100.00", day("2026-02-01"), PaymentMethod.CASH, null,
        List.of(january.id()))).id();

    assertThat(bills.byId(january.id()).orElseThrow().reopenedOn()).isEqualTo(day("2026-03-01"));
    assertThat(countsFrom(second)).containsExactly(day("2026-03-01"));
    long building = estate.firstBuildingId();
    for (String d : List.of("2026-01-31", "2026-02-01", "2026-02-15", "2026-02-28", "2026-03-01", "2026-03-05",
        "2026-03-31")) {
      EffectLedger.Totals totals = ledger.asOf(building, 2026, day(d));
      Money expected = d.equals("2026-01-31") ? Money.ZERO : Money.of("100.00");
      assertThat(totals.collected()).as("collected as of %s (only this bill was paid)", d).isEqualTo(expected);
      assertThat(totals.collected().amount()).as("rollups against the recomputation, as of %s", d)
          .isEqualByComparingTo(Recomputed.collected(jdbc, building, 2026, day(d)));
    }
    // 16 days (Jan 16–31) on 247.80, then 59 days (Feb 1 – Mar 31) on 147.80:
    // (3,964.80 + 8,720.20) × 0.05 % = 6.3425 → 6.34 (counting the second payment from Feb 1: 4.94)
    assertThat(accruedLateFees.forUnit(unit, day("2026-03-31")).byBill().get(january.id()).accrued())
        .isEqualTo(Money.of("6.34"));
  }

  @Test
  void aPaymentReceivedBeforeACounterEntryButRecordedAfterItCountsFromTheCounterEntry() {
    BillingFixtures.Estate estate = BillingFixtures.create(context);
    PaymentFixture desk = new PaymentFixture(context);
    StaffMember approver = context.getBean(ManageStaff.class).create(
        "approver" + ThreadLocalRandom.current().nextInt(1_000_000_000), "审批经理", Role.MANAGER, "approver-pass");
    long unit = estate.flat();
    clock.setDay(day("2026-02-01"));
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-02", null);
    Bill february = bills.ofUnit(unit).get(0);
    clock.setDay(day("2026-02-20"));
    long waiver = requestAdjustment.request(february.id(), AdjustmentKind.WAIVER, new BigDecimal("247.80"),
        "停水一个月", desk.viewer()).id();
    decideAdjustment.approve(waiver, approver.id());
    clock.setDay(day("2026-03-10"));
    decideAdjustment.counter(waiver, "减免依据不成立", approver.id());
    clock.setDay(day("2026-03-12"));
    long payment = recordPayment.record(desk.with(unit, "247.80", day("2026-02-25"), PaymentMethod.CASH, null,
        List.of(february.id()))).id();

    assertThat(bills.byId(february.id()).orElseThrow().reopenedOn()).isEqualTo(day("2026-03-10"));
    assertThat(countsFrom(payment)).containsExactly(day("2026-03-10"));
    long building = estate.firstBuildingId();
    for (LocalDate d = day("2026-02-14"); d.isBefore(day("2026-03-20")); d = d.plusDays(1)) {
      BigDecimal adjusted = jdbc.queryForObject("""
          SELECT COALESCE(SUM(amount), 0) FROM adjustment WHERE bill_id = ? AND decided_on <= ?
            AND (countered_on IS NULL OR countered_on > ?)""", BigDecimal.class, february.id(), Date.valueOf(d),
          Date.valueOf(d));
      BigDecimal paid = jdbc.queryForObject("""
          SELECT COALESCE(SUM(amount), 0) FROM allocation WHERE bill_id = ? AND counts_from <= ?
            AND (reversed_on IS NULL OR reversed_on > ?)""", BigDecimal.class, february.id(), Date.valueOf(d),
          Date.valueOf(d));
      assertThat(paid.add(adjusted)).as("paid and adjusted as of %s", d).isLessThanOrEqualTo(new BigDecimal("247.80"));
      EffectLedger.Totals totals = ledger.asOf(building, 2026, d);
      assertThat(totals.receivable().amount()).as("receivable as of %s", d)
          .isEqualByComparingTo(Recomputed.receivable(jdbc, building, 2026, d));
      assertThat(totals.collected().amount()).as("collected as of %s", d)
          .isEqualByComparingTo(Recomputed.collected(jdbc, building, 2026, d));
    }
  }

  private List<LocalDate> countsFrom(long paymentId) {
    return jdbc.queryForList("SELECT counts_from FROM allocation WHERE payment_id = ?", Date.class, paymentId)
        .stream().map(Date::toLocalDate).toList();
  }
}
