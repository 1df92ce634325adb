package com.collection.persistence.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.billing.Bill;
import com.collection.core.billing.BillingPeriod;
import com.collection.core.billing.Bills;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.VoidBill;
import com.collection.core.estate.Unit;
import com.collection.core.estate.UnitUse;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property-style check: a seeded random sequence of bill runs (including past periods), rate
 * changes, voids and reissues, adjustments (approved by a second manager, some of them on last
 * year's bills) and counter-entries, day after day, then the rollups' "as of" answers compared with
 * an independent recomputation from the bill and adjustment tables, for many dates. The seed is in every failure message.
 */
final class RollupRecomputationCheck {

  private final ApplicationContext context;
  private final JdbcTemplate jdbc;

  RollupRecomputationCheck(ApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  void run(long seed) {
    Random random = new Random(seed);
    BillingFixture estate = new BillingFixture(context);
    RunBilling runBilling = context.getBean(RunBilling.class);
    VoidBill voidBill = context.getBean(VoidBill.class);
    Bills bills = context.getBean(Bills.class);
    ManageFeeItems items = context.getBean(ManageFeeItems.class);
    RequestAdjustment requestAdjustment = context.getBean(RequestAdjustment.class);
    DecideAdjustment decideAdjustment = context.getBean(DecideAdjustment.class);
    ManageStaff staff = context.getBean(ManageStaff.class);
    StaffMember requester = staff.create("clerk" + ThreadLocalRandom.current().nextInt(1_000_000_000), "经办",
        Role.MANAGER, "clerk-pass");
    StaffMember approver = staff.create("approver" + ThreadLocalRandom.current().nextInt(1_000_000_000), "审批",
        Role.MANAGER, "approver-pass");
    MutableClock clock = context.getBean(MutableClock.class);
    LocalDate day = LocalDate.of(2025, 1, 5);
    List<Long> approved = new ArrayList<>();
    List<String> log = new ArrayList<>();
    try {
      for (int step = 0; step < 40; step++) {
        day = day.plusDays(1 + random.nextInt(25));
        clock.setDay(day);
        int op = random.nextInt(14);
        try {
          if (op < 5) {
            String period = BillingPeriod.month(2025 + random.nextInt(2), 1 + random.nextInt(12)).key();
            runBilling.run(estate.community.id(), estate.itemIds(), period, null);
            log.add("run " + period);
          } else if (op < 7) {
            Unit unit = estate.units.get(random.nextInt(estate.units.size()));
            List<Bill> live = bills.ofUnit(unit.id()).stream().filter(Bill::isLive).toList();
            if (!live.isEmpty()) {
              Bill bill = live.get(random.nextInt(live.size()));
              voidBill.voidBill(bill.id(), "随机作废 " + step);
              log.add("void " + bill.id());
            }
          } else if (op < 9) {
            List<Long> voided = jdbc.queryForList("SELECT b.id FROM bill b JOIN building bd ON bd.id = b.building_id"
                + " WHERE bd.community_id = ? AND b.status = 'VOIDED' ORDER BY b.id", Long.class, estate.community.id());
            if (!voided.isEmpty()) {
              long id = voided.get(random.nextInt(voided.size()));
              voidBill.reissue(id);
              log.add("reissue " + id);
            }
          } else if (op >= 10 && op < 13) {
            Unit unit = estate.units.get(random.nextInt(estate.units.size()));
            List<Bill> open = bills.ofUnit(unit.id()).stream().filter(b -> b.outstanding().isPositive()).toList();
            if (!open.isEmpty()) {
              Bill bill = open.get(random.nextInt(open.size()));
              BigDecimal amount = bill.outstanding().amount().multiply(BigDecimal.valueOf(1 + random.nextInt(100)))
                  .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01"));
              var request = requestAdjustment.request(bill.id(), AdjustmentKind.WAIVER, amount, "随机减免 " + step,
                  Viewer.everything(requester.id()));
              decideAdjustment.approve(request.id(), approver.id());
              approved.add(request.id());
              log.add(day + " adjust " + bill.id() + " (fee year " + bill.feeYear() + ") by " + amount);
            }
          } else if (op == 13) {
            if (!approved.isEmpty()) {
              long id = approved.remove(random.nextInt(approved.size()));
              decideAdjustment.counter(id, "冲回 " + step, approver.id());
              log.add(day + " counter " + id);
            }
          } else {
            LocalDate from = LocalDate.of(2025, 1 + random.nextInt(12), 1).plusYears(random.nextInt(2));
            BigDecimal rate = BigDecimal.valueOf(200 + random.nextInt(200), 2);
            items.addRate(estate.serviceFee.id(), UnitUse.RESIDENTIAL, from, rate);
            log.add("rate " + rate + " from " + from);
          }
        } catch (DomainException expected) {
          log.add("refused " + expected.code());
        }
      }
    } finally {
      clock.reset();
    }
    EffectLedger ledger = context.getBean(EffectLedger.class);
    for (int i = 0; i < 40; i++) {
      LocalDate asOf = LocalDate.of(2024, 12, 15).plusDays(random.nextInt(800));
      for (long building : List.of(estate.first.id(), estate.second.id())) {
        for (int feeYear : List.of(2025, 2026)) {
          BigDecimal expected = Recomputed.receivable(jdbc, building, feeYear, asOf);
          assertThat(ledger.asOf(building, feeYear, asOf).receivable().amount())
              .as("seed %d, building %d, fee year %d, as of %s, after %s", seed, building, feeYear, asOf, log)
              .isEqualByComparingTo(expected);
        }
      }
    }
  }
}
