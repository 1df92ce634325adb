package com.collection.core.demo;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.Adjustments;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.billing.BillableUnit;
import com.collection.core.billing.Bills;
import com.collection.core.billing.BillingUnits;
import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.payment.ApplyCredit;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.payment.OpenBill;
import com.collection.core.payment.PayableBills;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's adjustments, through the real use cases and each on its day: in 阳光花园 the
 * dispute of seed 002 (a flat that stopped paying over water coming in from the balcony settles for
 * ¥1,000 of compensation against its fees, then pays the rest), a waiver approved and one countered
 * later, and requests still waiting for a manager in both communities.
 */
@Service
public class AdjustDemoCompany {

  private static final String DISPUTE = "平台雨水管渗漏纠纷，与业主协商补偿 ¥1,000（抵物业费）";

  private final Communities communities;
  private final BillingUnits units;
  private final PayableBills payable;
  private final Bills bills;
  private final Adjustments adjustments;
  private final EstateDirectory directory;
  private final StaffMembers staff;
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final ApplyCredit applyCredit;
  private final DemoPaymentDesk desk;
  private final com.collection.core.audit.Audit audit;
  private final Clock clock;

  public AdjustDemoCompany(Communities communities, BillingUnits units, PayableBills payable, Bills bills,
      Adjustments adjustments, EstateDirectory directory, StaffMembers staff, MoneyLocks locks,
      MoneyEffects moneyEffects, ApplyCredit applyCredit, DemoPaymentDesk desk, com.collection.core.audit.Audit audit,
      Clock clock) {
    this.audit = audit;
    this.communities = communities;
    this.units = units;
    this.payable = payable;
    this.bills = bills;
    this.adjustments = adjustments;
    this.directory = directory;
    this.staff = staff;
    this.locks = locks;
    this.moneyEffects = moneyEffects;
    this.applyCredit = applyCredit;
    this.desk = desk;
    this.clock = clock;
  }

  /** Returns how many adjustments were requested. One transaction: the demo's use cases run inside it. */
  @Transactional
  public int adjust() {
    long manager = id("manager");
    LocalDate today = LocalDate.now(clock);
    List<Community> all = communities.all().stream().sorted(Comparator.comparing(Community::id)).toList();
    int made = 0;
    for (int index = 0; index < all.size(); index++) {
      List<Long> owing = unitsOwingMost(all.get(index), 5);
      if (owing.size() < 5) {
        continue;
      }
      if (index == 0) {
        made += settleTheDispute(owing.get(0), clerkOf(owing.get(0), manager), manager);
        // a waiver approved a month ago, countered a week later when the reason turned out wrong
        Adjustment waiver = approve(request(at(today.minusDays(40)), owing.get(1), AdjustmentKind.WAIVER, null,
            "业主称装修期间未入住，申请减免一个月", manager), manager, today.minusDays(38));
        decider(at(today.minusDays(31))).counter(waiver.id(), "物业查实装修期间已入住，减免依据不成立", manager);
        made++;
      }
      approve(request(at(today.minusDays(20)), owing.get(2), AdjustmentKind.WAIVER, null,
          "公共管道维修停水三天，按小区方案减免半个月", manager), manager, today.minusDays(18));
      request(at(today.minusDays(2)), owing.get(3), AdjustmentKind.WAIVER, new BigDecimal("50.00"),
          "电梯停运一周，业主申请减免", manager);
      request(at(today.minusDays(1)), owing.get(4), AdjustmentKind.CORRECTION, new BigDecimal("12.60"),
          "面积按实测 84.00 m² 更正，多收部分冲减", manager);
      made += 3;
    }
    return made;
  }

  /**
   * Seed 002: ¥1,000 of compensation against the oldest bills, approved by the manager today, and
   * the owner pays everything else overdue (today, so that the receipt is the latest number).
   */
  private int settleTheDispute(long unitId, long clerk, long manager) {
    LocalDate day = LocalDate.now(clock);
    Money left = Money.of("1000.00");
    int made = 0;
    for (OpenBill bill : payable.openOfUnit(unitId)) {
      if (!left.isPositive()) {
        break;
      }
      Money share = left.min(bill.outstanding());
      Adjustment request = new RequestAdjustment(bills, adjustments, directory, audit, clock).request(bill.billId(),
          AdjustmentKind.COMPENSATION, share.amount(), DISPUTE, Viewer.everything(clerk));
      decider(clock).approve(request.id(), manager);
      left = left.minus(share);
      made++;
    }
    Money rest = payable.openOfUnit(unitId).stream().filter(b -> !b.dueDate().isAfter(day))
        .map(OpenBill::outstanding).reduce(Money.ZERO, Money::plus);
    if (rest.isPositive()) {
      desk.record(clock, new RecordPaymentCommand(unitId, rest.amount(), PaymentMethod.BANK_TRANSFER, "业主",
          "DEMO-DISPUTE-" + unitId, day, List.of(), "demo-dispute-" + unitId, Viewer.everything(clerk)));
    }
    return made;
  }

  /**
   * A request by the staff member who looks after the unit's building, for {@code amount} or for all
   * the unit's oldest open bill owes.
   */
  private Adjustment request(Clock when, long unitId, AdjustmentKind kind, BigDecimal amount, String reason,
      long manager) {
    long clerk = clerkOf(unitId, manager);
    OpenBill bill = payable.openOfUnit(unitId).get(0);
    BigDecimal asked = amount == null ? bill.outstanding().amount() : amount.min(bill.outstanding().amount());
    return new RequestAdjustment(bills, adjustments, directory, audit, when).request(bill.billId(), kind, asked, reason,
        Viewer.everything(clerk));
  }

  private Adjustment approve(Adjustment request, long manager, LocalDate day) {
    return decider(at(day)).approve(request.id(), manager);
  }

  private DecideAdjustment decider(Clock when) {
    return new DecideAdjustment(adjustments, bills, staff, locks, moneyEffects, applyCredit, audit, when);
  }

  /** The units of the community with the most overdue, most first (ties by id, so always the same). */
  private List<Long> unitsOwingMost(Community community, int count) {
    record Owing(long unitId, Money overdue) {
    }
    LocalDate today = LocalDate.now(clock);
    List<Owing> owing = new ArrayList<>();
    long after = 0;
    List<BillableUnit> batch;
    while (!(batch = units.ofCommunity(community.id(), after, 1000)).isEmpty()) {
      for (BillableUnit unit : batch) {
        Money overdue = payable.openOfUnit(unit.unitId()).stream().filter(b -> !b.dueDate().isAfter(today))
            .map(OpenBill::outstanding).reduce(Money.ZERO, Money::plus);
        if (overdue.isPositive()) {
          owing.add(new Owing(unit.unitId(), overdue));
        }
      }
      after = batch.get(batch.size() - 1).unitId();
    }
    return owing.stream().sorted(Comparator.comparing(Owing::overdue).reversed().thenComparingLong(Owing::unitId))
        .limit(count).map(Owing::unitId).toList();
  }

  /** The staff member assigned to the unit's building; the admin where there is none (never the approver). */
  private long clerkOf(long unitId, long manager) {
    long building = payable.openOfUnit(unitId).get(0).ref().buildingId();
    return staff.all().stream()
        .filter(m -> m.role() == Role.STAFF && m.buildingIds().contains(building))
        .map(StaffMember::id).sorted().findFirst()
        .orElseGet(() -> staff.byUsername("admin").map(StaffMember::id).filter(id -> id != manager).orElseThrow());
  }

  private long id(String username) {
    return staff.byUsername(username).map(StaffMember::id).orElseThrow();
  }

  private Clock at(LocalDate day) {
    ZoneId zone = clock.getZone();
    return Clock.fixed(day.atTime(10, 0).atZone(zone).toInstant(), zone);
  }
}
