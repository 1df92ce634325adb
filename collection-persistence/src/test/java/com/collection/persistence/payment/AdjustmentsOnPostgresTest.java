package com.collection.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.AdjustmentStatus;
import com.collection.core.adjustment.Adjustments;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.VoidBill;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.ReversePayment;
import com.collection.core.payment.ViewPayments;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.core.statement.LedgerLine;
import com.collection.core.statement.Statement;
import com.collection.core.statement.UnitLedger;
import com.collection.core.statement.ViewLedger;
import com.collection.persistence.MutableClock;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Four-eyes adjustments and counter-entries end to end on PostgreSQL, with the rollups and the unit ledger. */
@SpringBootTest
@PostgresTest
class AdjustmentsOnPostgresTest {

  private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

  @Autowired
  ApplicationContext context;
  @Autowired
  RunBilling runBilling;
  @Autowired
  RequestAdjustment requestAdjustment;
  @Autowired
  DecideAdjustment decideAdjustment;
  @Autowired
  Adjustments adjustments;
  @Autowired
  RecordPayment recordPayment;
  @Autowired
  ReversePayment reversePayment;
  @Autowired
  ViewPayments viewPayments;
  @Autowired
  ViewLedger viewLedger;
  @Autowired
  VoidBill voidBill;
  @Autowired
  Bills bills;
  @Autowired
  EffectLedger ledger;
  @Autowired
  MutableClock clock;
  @Autowired
  ManageStaff manageStaff;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private StaffMember person(Role role) {
    return manageStaff.create("p" + ThreadLocalRandom.current().nextInt(1_000_000_000), "审批人", role, "password-1");
  }

  private Bill januaryBill(BillingFixtures.Estate estate) {
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    return bills.ofUnit(estate.flat()).stream().filter(Bill::isLive).findFirst().orElseThrow();
  }

  @Test
  void anotherManagerApprovesAndTheReceivableDropsFromTheApprovalDay() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    Bill bill = januaryBill(estate);                       // 247.80, due 2026-01-15
    clock.setDay(MARCH_10);
    Adjustment request = requestAdjustment.request(bill.id(), AdjustmentKind.COMPENSATION, new BigDecimal("100.00"),
        "楼上漏水，协商补偿", desk.viewer());

    assertThatThrownBy(() -> decideAdjustment.approve(request.id(), desk.collector.id()))
        .isInstanceOf(DomainException.class).hasMessageContaining("adjustment.selfApproval");
    StaffMember clerk = person(Role.STAFF);
    assertThatThrownBy(() -> decideAdjustment.approve(request.id(), clerk.id()))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(bills.byId(bill.id()).orElseThrow().adjusted()).as("refusals change nothing").isEqualTo(Money.ZERO);
    assertThat(adjustments.byId(request.id()).orElseThrow().status()).isEqualTo(AdjustmentStatus.PENDING);

    Money before = ledger.asOf(estate.firstBuildingId(), 2026, MARCH_10).receivable();   // the building's other units too
    Adjustment approved = decideAdjustment.approve(request.id(), person(Role.MANAGER).id());
    assertThat(approved.status()).isEqualTo(AdjustmentStatus.APPROVED);
    assertThat(bills.byId(bill.id()).orElseThrow().outstanding()).isEqualTo(Money.of("147.80"));
    assertThat(ledger.asOf(estate.firstBuildingId(), 2026, MARCH_10.minusDays(1)).receivable())
        .as("an adjustment does not change the past").isEqualTo(before);
    assertThat(ledger.asOf(estate.firstBuildingId(), 2026, MARCH_10).receivable())
        .isEqualTo(before.minus(Money.of("100.00")));
    assertThatThrownBy(() -> decideAdjustment.approve(request.id(), person(Role.MANAGER).id()))
        .hasMessageContaining("adjustment.notPending");
    assertThatThrownBy(() -> voidBill.voidBill(bill.id(), "录错"))
        .hasMessageContaining("bill.void.history");
  }

  @Test
  void approvalIsCappedAtWhatTheBillOwesWhenItIsApproved() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    Bill bill = januaryBill(estate);
    Adjustment request = requestAdjustment.request(bill.id(), AdjustmentKind.WAIVER, new BigDecimal("200.00"),
        "困难户减免", desk.viewer());
    recordPayment.record(desk.cash(estate.flat(), "100.00", LocalDate.of(2026, 6, 1)));

    assertThatThrownBy(() -> decideAdjustment.approve(request.id(), person(Role.MANAGER).id()))
        .hasMessageContaining("adjustment.amount.aboveOutstandingNow");
    assertThat(bills.byId(bill.id()).orElseThrow().adjusted()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> requestAdjustment.request(bill.id(), AdjustmentKind.WAIVER, new BigDecimal("147.81"),
        "超过欠费", desk.viewer())).hasMessageContaining("adjustment.amount.aboveOutstanding");
  }

  @Test
  void aCounterEntryRestoresTheBillAndCreditPaysIt() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    Bill bill = januaryBill(estate);
    StaffMember approver = person(Role.MANAGER);
    clock.setDay(MARCH_10);
    Adjustment waiver = decideAdjustment.approve(requestAdjustment.request(bill.id(), AdjustmentKind.WAIVER,
        new BigDecimal("247.80"), "全额减免", desk.viewer()).id(), approver.id());
    recordPayment.record(desk.cash(estate.flat(), "300.00", MARCH_10));       // nothing open: all credit
    assertThat(viewPayments.unitMoney(estate.flat(), desk.viewer()).credit()).isEqualTo(Money.of("300.00"));

    LocalDate april1 = LocalDate.of(2026, 4, 1);
    clock.setDay(april1);
    var building = estate.firstBuildingId();
    EffectLedger.Totals before = ledger.asOf(building, 2026, april1);
    assertThatThrownBy(() -> decideAdjustment.counter(waiver.id(), " ", approver.id()))
        .isInstanceOf(DomainException.class);
    decideAdjustment.counter(waiver.id(), "减免依据撤销", approver.id());

    Bill restored = bills.byId(bill.id()).orElseThrow();
    assertThat(restored.adjusted()).isEqualTo(Money.ZERO);
    assertThat(restored.paid()).as("credit pays the restored amount").isEqualTo(Money.of("247.80"));
    assertThat(viewPayments.unitMoney(estate.flat(), desk.viewer()).credit()).isEqualTo(Money.of("52.20"));
    assertThat(ledger.asOf(building, 2026, april1.minusDays(1))).isEqualTo(before);
    assertThat(ledger.asOf(building, 2026, april1).receivable()).isEqualTo(before.receivable().plus(Money.of("247.80")));
    assertThat(ledger.asOf(building, 2026, april1).collected()).isEqualTo(before.collected().plus(Money.of("247.80")));
    assertThatThrownBy(() -> decideAdjustment.counter(waiver.id(), "再次冲回", approver.id()))
        .hasMessageContaining("adjustment.counter.already");

    Viewer viewer = desk.viewer();
    UnitLedger unitLedger = viewLedger.unitLedger(estate.flat(), viewer, null, 50);
    assertThat(unitLedger.balance()).isEqualTo(Money.of("-52.20"));
    assertThat(unitLedger.balance()).isEqualTo(unitLedger.outstanding().minus(unitLedger.credit()));
    // the unit page's latest lines never start inside a payment's details
    assertThat(viewLedger.recentLines(estate.flat(), viewer, 3).lines().items()).extracting(LedgerLine::kind)
        .containsExactly(LedgerLine.Kind.PAYMENT, LedgerLine.Kind.CREDIT, LedgerLine.Kind.COUNTER_ENTRY,
            LedgerLine.Kind.CREDIT_USED);
    Statement statement = viewLedger.unitStatement(estate.flat(), LocalDate.of(2026, 1, 1), april1, viewer);
    assertThat(statement.opening()).isEqualTo(Money.ZERO);
    assertThat(statement.closing()).isEqualTo(unitLedger.balance());
    Statement march = viewLedger.unitStatement(estate.flat(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), viewer);
    assertThat(march.opening()).isEqualTo(Money.of("247.80"));
    assertThat(march.closing()).isEqualTo(Money.of("-300.00"));
  }

  @Test
  void theLedgerAndTheStatementShowTheAccruedLateFeeOutsideTheBalance() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    januaryBill(estate);                                    // 247.80, due 2026-01-15
    context.getBean(ManageLateFeePolicy.class).save(estate.communityId(), true, new BigDecimal("0.05"), 0,
        new BigDecimal("10"), desk.collector.id());
    clock.setDay(LocalDate.of(2026, 1, 25));                // 10 days × 0.05 % × 247.80 = 1.239 → 1.24
    UnitLedger unitLedger = viewLedger.unitLedger(estate.flat(), desk.viewer(), null, 50);
    assertThat(unitLedger.accruedLateFees()).isEqualTo(Money.of("1.24"));
    assertThat(unitLedger.balance()).as("not owed until posted").isEqualTo(Money.of("247.80"));

    // a statement up to 2026-01-20 shows what had accrued by then: 5 days → 0.6195 → 0.62
    Statement statement = viewLedger.unitStatement(estate.flat(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20),
        desk.viewer());
    assertThat(statement.sections().get(0).lateFees()).extracting(Statement.AccruedLateFee::accrued)
        .containsExactly(Money.of("0.62"));
    assertThat(statement.closing()).isEqualTo(Money.of("247.80"));
    assertThat(statement.lateFeesTotal()).isEqualTo(Money.of("0.62"));
  }
}
