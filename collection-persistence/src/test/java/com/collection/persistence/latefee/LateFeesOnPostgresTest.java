package com.collection.persistence.latefee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.billing.Bill;
import com.collection.core.billing.BillDraft;
import com.collection.core.billing.Bills;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.VoidBill;
import com.collection.core.estate.UnitUse;
import com.collection.core.latefee.AccruedLateFees;
import com.collection.core.latefee.BillLateFee;
import com.collection.core.latefee.LateFeeBills;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.latefee.PostLateFee;
import com.collection.core.latefee.UnitLateFees;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.payment.ViewPayments;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posting late fees on PostgreSQL with the real migrations. Today is 2026-06-15 (the test clock);
 * the fixture's flat 101 owes ¥247.80 a month, due on the 15th. The policy: 0.05 % a day after 30
 * grace days, capped at 20 %, so the January bill accrues from 2026-02-15.
 */
@SpringBootTest
@PostgresTest
class LateFeesOnPostgresTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Autowired
  ApplicationContext context;
  @Autowired
  RunBilling runBilling;
  @Autowired
  ManageFeeItems feeItems;
  @Autowired
  ManageLateFeePolicy policies;
  @Autowired
  AccruedLateFees accruedLateFees;
  @Autowired
  PostLateFee postLateFee;
  @Autowired
  LateFeeBills lateFeeBills;
  @Autowired
  RecordPayment recordPayment;
  @Autowired
  ViewPayments viewPayments;
  @Autowired
  VoidBill voidBill;
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

  private record Setup(BillingFixtures.Estate estate, long unit, Bill january, StaffMember manager) {

    Viewer viewer() {
      return Viewer.everything(manager.id());
    }
  }

  /** The fixture billed for January (and February), with the late-fee policy on. */
  private Setup setup() {
    BillingFixtures.Estate estate = BillingFixtures.create(context);
    StaffMember manager = context.getBean(ManageStaff.class).create(
        "latefee" + ThreadLocalRandom.current().nextInt(1_000_000_000), "经理", Role.MANAGER, "manager-pass");
    policies.save(estate.communityId(), true, new BigDecimal("0.05"), 30, new BigDecimal("20"), manager.id());
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-02", null);
    long unit = estate.flat();
    Bill january = bills.ofUnit(unit).get(0);
    assertThat(january.dueDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    return new Setup(estate, unit, january, manager);
  }

  private RecordPaymentCommand cash(Setup s, String amount, LocalDate receivedOn) {
    return new RecordPaymentCommand(s.unit(), new BigDecimal(amount), PaymentMethod.CASH, "业主", null, receivedOn,
        List.of(s.january().id()), UUID.randomUUID().toString(), s.viewer());
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  @Test
  void postingCreatesALateFeeBillLinkedToItsBillForTheAccrualUpToTodayAndChangesNoRate() {
    Setup s = setup();
    // ¥100 received on 2026-03-01, recorded today: 14 days on 247.80, then 107 days on 147.80:
    // (3,469.20 + 15,814.60) × 0.05 % = 9.6419 → 9.64
    recordPayment.record(cash(s, "100.00", LocalDate.of(2026, 3, 1)));
    BillLateFee line = accruedLateFees.forUnit(s.unit(), TODAY).byBill().get(s.january().id());
    assertThat(line.accrued()).isEqualTo(Money.of("9.64"));
    assertThat(line.accruesFrom()).isEqualTo(LocalDate.of(2026, 2, 15));
    EffectLedger.Totals before = ledger.asOf(s.estate().firstBuildingId(), 2026, TODAY);
    EffectLedger.Totals yearEndBefore = ledger.asOf(s.estate().firstBuildingId(), 2026, LocalDate.of(2026, 12, 31));
    long effectsBefore = count("SELECT COUNT(*) FROM money_effect WHERE unit_id = ?", s.unit());

    Bill posted = postLateFee.post(s.january().id(), s.viewer());

    assertThat(posted.lateFee()).isTrue();
    assertThat(posted.amount()).isEqualTo(Money.of("9.64"));
    assertThat(posted.dueDate()).isEqualTo(TODAY);
    assertThat(posted.feeYear()).isEqualTo(2026);
    assertThat(posted.period()).isEqualTo(s.january().period());
    assertThat(posted.unitId()).isEqualTo(s.unit());
    assertThat(posted.basis().kind()).isEqualTo(FeeKind.LATE_FEE);
    assertThat(count("SELECT late_fee_of FROM bill WHERE id = ?", posted.id())).isEqualTo(s.january().id());
    assertThat(count("SELECT late_fee_posted_by FROM bill WHERE id = ?", posted.id())).isEqualTo(s.manager().id());
    FeeItem item = feeItems.byId(posted.feeItemId());
    assertThat(item.kind()).isEqualTo(FeeKind.LATE_FEE);
    assertThat(item.name()).isEqualTo(PostLateFee.ITEM_NAME);
    // its effect is written, counts in no rate, and the rollups do not move
    assertThat(count("SELECT COUNT(*) FROM money_effect WHERE unit_id = ?", s.unit())).isEqualTo(effectsBefore + 1);
    assertThat(jdbc.queryForObject("SELECT counts_in_rates FROM money_effect WHERE bill_id = ?", Boolean.class,
        posted.id())).isFalse();
    assertThat(ledger.asOf(s.estate().firstBuildingId(), 2026, TODAY)).isEqualTo(before);
    assertThat(ledger.asOf(s.estate().firstBuildingId(), 2026, LocalDate.of(2026, 12, 31))).isEqualTo(yearEndBefore);
    // the unit owes it now
    assertThat(viewPayments.unitMoney(s.unit(), s.viewer()).outstanding())
        .isEqualTo(Money.of("147.80").plus(Money.of("247.80")).plus(Money.of("9.64")));
  }

  @Test
  void accrualOnAPostedBillStopsAndItsLineShowsThePostedLateFee() {
    Setup s = setup();
    Bill posted = postLateFee.post(s.january().id(), s.viewer());
    // 121 days on 247.80 × 0.05 % = 14.9919
    assertThat(posted.amount()).isEqualTo(Money.of("14.99"));

    clock.setDay(TODAY.plusMonths(2));
    UnitLateFees later = accruedLateFees.forUnit(s.unit(), TODAY.plusMonths(2));
    BillLateFee january = later.byBill().get(s.january().id());
    assertThat(january.accrued()).isEqualTo(Money.ZERO);
    assertThat(january.postedBillId()).isEqualTo(posted.id());
    assertThat(january.postedAmount()).isEqualTo(Money.of("14.99"));
    assertThat(january.postable()).isFalse();
    // February still accrues; the late-fee bill itself never does
    assertThat(later.byBill()).containsKey(s.january().id()).doesNotContainKey(posted.id());
    BillLateFee february = later.byBill().values().stream().filter(l -> l.billId() != s.january().id())
        .findFirst().orElseThrow();
    assertThat(february.accrued().isPositive()).isTrue();
    assertThat(later.total()).isEqualTo(february.accrued());
  }

  @Test
  void postingTwiceIsRefusedAndChangesNothing() {
    Setup s = setup();
    Bill posted = postLateFee.post(s.january().id(), s.viewer());
    long billsBefore = count("SELECT COUNT(*) FROM bill WHERE unit_id = ?", s.unit());
    long effectsBefore = count("SELECT COUNT(*) FROM money_effect WHERE unit_id = ?", s.unit());

    assertThatThrownBy(() -> postLateFee.post(s.january().id(), s.viewer()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("lateFee.post.already"));
    // a late-fee bill accrues no late fee of its own
    assertThatThrownBy(() -> postLateFee.post(posted.id(), s.viewer()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("lateFee.post.lateFeeBill"));
    // and the database keeps one late-fee bill per bill even past the use case
    BillDraft again = new BillDraft(s.unit(), posted.buildingId(), posted.feeItemId(), posted.period(), 7,
        Money.of("1.00"), TODAY, 2026, posted.basis());
    assertThatThrownBy(() -> lateFeeBills.insertLateFeeBill(again, s.january().id(), null))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("lateFee.post.already"));

    assertThat(count("SELECT COUNT(*) FROM bill WHERE unit_id = ?", s.unit())).isEqualTo(billsBefore);
    assertThat(count("SELECT COUNT(*) FROM money_effect WHERE unit_id = ?", s.unit())).isEqualTo(effectsBefore);
    assertThat(bills.byId(posted.id()).orElseThrow().amount()).isEqualTo(posted.amount());
  }

  @Test
  void aBillWithNothingAccruedOrNotLiveCannotBePosted() {
    Setup s = setup();
    clock.setDay(LocalDate.of(2026, 2, 14));
    assertThatThrownBy(() -> postLateFee.post(s.january().id(), s.viewer()))
        .as("the last grace day").isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("lateFee.post.nothing"));
    clock.reset();
    Bill february = bills.ofUnit(s.unit()).get(1);
    voidBill.voidBill(february.id(), "面积录入错误");
    assertThatThrownBy(() -> postLateFee.post(february.id(), s.viewer()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("lateFee.post.notLive"));
    policies.save(s.estate().communityId(), false, new BigDecimal("0.05"), 30, new BigDecimal("20"), null);
    assertThatThrownBy(() -> postLateFee.post(s.january().id(), s.viewer()))
        .as("policy off").isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("lateFee.post.nothing"));
    assertThat(count("SELECT COUNT(*) FROM bill WHERE unit_id = ? AND late_fee", s.unit())).isZero();
  }

  @Test
  void lateFeesOfTwoBillsOfOnePeriodOnOneUnitTakeSuccessiveRevisions() {
    Setup s = setup();
    FeeItem shared = feeItems.create(s.estate().communityId(), "公摊能耗费", FeeKind.FIXED, BillingCycle.MONTHLY, 15,
        true, false);
    feeItems.addRate(shared.id(), UnitUse.RESIDENTIAL, LocalDate.of(2024, 1, 1), new BigDecimal("10"));
    runBilling.run(s.estate().communityId(), List.of(shared.id()), "2026-01", null);
    Bill sharedJanuary = bills.ofUnit(s.unit()).stream().filter(b -> b.feeItemId() == shared.id()).findFirst()
        .orElseThrow();

    Bill first = postLateFee.post(s.january().id(), s.viewer());
    Bill second = postLateFee.post(sharedJanuary.id(), s.viewer());

    assertThat(second.feeItemId()).isEqualTo(first.feeItemId());
    assertThat(second.period()).isEqualTo(first.period());
    assertThat(List.of(first.revision(), second.revision())).containsExactly(0, 1);
    // 10.00 × 121 days × 0.05 % = 0.605 → 0.61
    assertThat(second.amount()).isEqualTo(Money.of("0.61"));
  }

  @Test
  void creditPaysAPostedLateFee() {
    Setup s = setup();
    // ¥600 today pays both bills (495.60) and leaves 104.40 credit; the January bill accrued
    // 120 days on 247.80 (2026-02-15 .. 06-14; paid as of today) = 14.868 → 14.87
    recordPayment.record(new RecordPaymentCommand(s.unit(), new BigDecimal("600.00"), PaymentMethod.CASH, "业主",
        null, TODAY, List.of(), UUID.randomUUID().toString(), s.viewer()));

    Bill posted = postLateFee.post(s.january().id(), s.viewer());

    assertThat(posted.amount()).isEqualTo(Money.of("14.87"));
    assertThat(bills.byId(posted.id()).orElseThrow().paid()).isEqualTo(Money.of("14.87"));
    assertThat(viewPayments.unitMoney(s.unit(), s.viewer()).credit()).isEqualTo(Money.of("89.53"));
    assertThat(viewPayments.unitMoney(s.unit(), s.viewer()).outstanding()).isEqualTo(Money.ZERO);
  }

  @Test
  void aLateFeeBillCanBeVoidedButNotReissuedAndItsBillIsNotPostedAgain() {
    Setup s = setup();
    Bill posted = postLateFee.post(s.january().id(), s.viewer());
    voidBill.voidBill(posted.id(), "减免滞纳金");

    assertThatThrownBy(() -> voidBill.reissue(posted.id()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("bill.reissue.lateFee"));
    assertThatThrownBy(() -> postLateFee.post(s.january().id(), s.viewer()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("lateFee.post.already"));
    BillLateFee line = accruedLateFees.forUnit(s.unit(), TODAY).byBill().get(s.january().id());
    assertThat(line.postedVoided()).isTrue();
    assertThat(line.accrued()).isEqualTo(Money.ZERO);
    assertThat(accruedLateFees.forUnit(s.unit(), TODAY).postedTotal()).isEqualTo(Money.ZERO);
  }

  @Test
  void approvedAdjustmentsLowerThePrincipalFromTheirDecisionUntilTheirCounterEntry() {
    Setup s = setup();
    StaffMember requester = context.getBean(ManageStaff.class).create(
        "requester" + ThreadLocalRandom.current().nextInt(1_000_000_000), "客服", Role.STAFF, "staff-pass");
    // 100 waived from 2026-03-01, countered on 2026-04-01; a pending and a rejected one never count
    adjustment(s, requester, "COUNTERED", "100.00", "2026-03-01", "2026-04-01");
    adjustment(s, requester, "PENDING", "50.00", null, null);
    adjustment(s, requester, "REJECTED", "50.00", "2026-03-01", null);
    // 121 days on 247.80 less 31 days × 100: (29,983.80 − 3,100) × 0.05 % = 13.4419 → 13.44
    assertThat(accruedLateFees.forUnit(s.unit(), TODAY).byBill().get(s.january().id()).accrued())
        .isEqualTo(Money.of("13.44"));
    // and one approved, not countered, from 2026-03-01: 107 days × 100 less as well
    // (29,983.80 − 3,100 − 10,700) × 0.05 % = 8.0919 → 8.09
    adjustment(s, requester, "APPROVED", "100.00", "2026-03-01", null);
    assertThat(accruedLateFees.forUnit(s.unit(), TODAY).byBill().get(s.january().id()).accrued())
        .isEqualTo(Money.of("8.09"));
  }

  private void adjustment(Setup s, StaffMember requester, String status, String amount, String decidedOn,
      String counteredOn) {
    boolean decided = decidedOn != null;
    jdbc.update("""
        INSERT INTO adjustment (bill_id, unit_id, kind, amount, reason, status, requested_by, requested_at,
          decided_by, decided_at, decided_on, countered_by, countered_at, countered_on)
        VALUES (?, ?, 'WAIVER', ?, '测试', ?, ?, CURRENT_TIMESTAMP, ?, ?, ?, ?, ?, ?)""",
        s.january().id(), s.unit(), new BigDecimal(amount), status, requester.id(),
        decided ? s.manager().id() : null, decided ? java.sql.Timestamp.valueOf(decidedOn + " 10:00:00") : null,
        decided ? java.sql.Date.valueOf(decidedOn) : null,
        counteredOn == null ? null : s.manager().id(),
        counteredOn == null ? null : java.sql.Timestamp.valueOf(counteredOn + " 10:00:00"),
        counteredOn == null ? null : java.sql.Date.valueOf(counteredOn));
  }
}
