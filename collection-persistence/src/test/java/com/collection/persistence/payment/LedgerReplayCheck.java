package com.collection.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.billing.BillingPeriod;
import com.collection.core.billing.RunBilling;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.payment.ReversePayment;
import com.collection.core.shared.DomainException;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.persistence.billing.Recomputed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property-style replay: a seeded random sequence of bill runs, payments (backdated, sometimes
 * ticking bills, sometimes overpaying), reversals, adjustments (requested by one manager, approved
 * by another, sometimes refused as above outstanding) and counter-entries over a few units and
 * about a year and a half (so last year's bills are waived this year), replayed on a plain model of
 * "Ledger rules" written here (no production allocation, credit, reversal or adjustment class is
 * used). Every bill's outstanding amount, every credit lot and each unit's balance must match what
 * the application stored; then the rollups must match an SQL recomputation from bills and
 * allocations for many "as of" dates. The seed is in every failure message.
 */
final class LedgerReplayCheck {

  /** A bill as the model sees it, in cents. */
  private static final class MBill {
    final long id;
    final long unit;
    final long feeItem;
    final LocalDate due;
    final long amount;
    long paid;
    long adjusted;

    MBill(long id, long unit, long feeItem, LocalDate due, long amount) {
      this.id = id;
      this.unit = unit;
      this.feeItem = feeItem;
      this.due = due;
      this.amount = amount;
    }

    long open() {
      return amount - paid - adjusted;
    }
  }

  private record MAllocation(long payment, long bill, long amount) {
  }

  private static final class MPayment {
    final long id;
    final long unit;
    long creditLeft;
    boolean reversed;
    final List<MAllocation> allocations = new ArrayList<>();

    MPayment(long id, long unit) {
      this.id = id;
      this.unit = unit;
    }
  }

  private final ApplicationContext context;
  private final JdbcTemplate jdbc;
  private final Map<Long, MBill> bills = new LinkedHashMap<>();
  private final Map<Long, MPayment> payments = new LinkedHashMap<>();
  /** Approved, not countered adjustments: id to (bill, cents). */
  private final Map<Long, long[]> approved = new LinkedHashMap<>();

  LedgerReplayCheck(ApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  void run(long seed) {
    Random random = new Random(seed);
    MutableClock clock = context.getBean(MutableClock.class);
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    List<Long> units = List.of(estate.unitIds().get(0), estate.unitIds().get(2), estate.unitIds().get(5));
    RunBilling runBilling = context.getBean(RunBilling.class);
    RecordPayment recordPayment = context.getBean(RecordPayment.class);
    ReversePayment reversePayment = context.getBean(ReversePayment.class);
    RequestAdjustment requestAdjustment = context.getBean(RequestAdjustment.class);
    DecideAdjustment decideAdjustment = context.getBean(DecideAdjustment.class);
    StaffMember approver = context.getBean(ManageStaff.class).create(
        "approver" + ThreadLocalRandom.current().nextInt(1_000_000_000), "审批经理", Role.MANAGER, "approver-pass");
    List<String> log = new ArrayList<>();
    LocalDate day = LocalDate.of(2025, 1, 10);
    try {
      for (int step = 0; step < 70; step++) {
        day = day.plusDays(1 + random.nextInt(12));
        clock.setDay(day);
        int op = random.nextInt(12);
        if (op < 3) {
          BillingPeriod period = BillingPeriod.month(day.getYear(), day.getMonthValue());
          if (random.nextInt(3) == 0) {
            period = BillingPeriod.month(2025, 1 + random.nextInt(12));    // a past period (onboarding)
          }
          runBilling.run(estate.communityId(), estate.itemIds(), period.key(), null);
          log.add(day + " run " + period);
          readNewBills(units);
          for (long unit : units) {
            useCredit(unit);
          }
        } else if (op < 8) {
          long unit = units.get(random.nextInt(units.size()));
          long cents = 100 + random.nextInt(60_000);
          LocalDate received = day.minusDays(random.nextInt(30));
          List<Long> ticked = new ArrayList<>();
          List<MBill> open = openBills(unit);
          if (!open.isEmpty() && random.nextInt(4) == 0) {
            ticked.add(open.get(random.nextInt(open.size())).id);
          }
          Payment p = recordPayment.record(new RecordPaymentCommand(unit, BigDecimal.valueOf(cents, 2),
              PaymentMethod.CASH, "业主", null, received, ticked, UUID.randomUUID().toString(), desk.viewer()));
          log.add(day + " pay " + cents + " unit " + unit + " ticked " + ticked + " received " + received);
          pay(new MPayment(p.id(), unit), cents, ticked);
        } else if (op == 10) {
          List<MBill> open = units.stream().flatMap(u -> openBills(u).stream()).toList();
          if (!open.isEmpty()) {
            MBill bill = open.get(random.nextInt(open.size()));
            long cents = 1 + random.nextInt((int) Math.min(bill.open() + 5_000, Integer.MAX_VALUE));
            try {
              Adjustment request = requestAdjustment.request(bill.id, AdjustmentKind.values()[random.nextInt(3)],
                  BigDecimal.valueOf(Math.min(cents, bill.open()), 2), "随机减免 " + step, desk.viewer());
              if (cents > bill.open()) {
                // the owner paid in between: approval is refused and changes nothing
                log.add(day + " adjust " + bill.id + " requested " + bill.open() + ", bill paid before approval");
                recordPayment.record(new RecordPaymentCommand(bill.unit, BigDecimal.valueOf(1, 2), PaymentMethod.CASH,
                    "业主", null, day, List.of(bill.id), UUID.randomUUID().toString(), desk.viewer()));
                pay(new MPayment(lastPaymentId(), bill.unit), 1, List.of(bill.id));
                assertThatThrownBy(() -> decideAdjustment.approve(request.id(), approver.id()))
                    .isInstanceOf(DomainException.class);
              } else {
                decideAdjustment.approve(request.id(), approver.id());
                bill.adjusted += cents;
                approved.put(request.id(), new long[] {bill.id, cents});
                log.add(day + " adjust " + bill.id + " by " + cents + " as " + request.id());
              }
            } catch (DomainException refused) {
              throw new AssertionError("seed " + seed + ": adjustment refused " + refused.code() + " after " + log);
            }
          }
        } else if (op == 11) {
          if (!approved.isEmpty()) {
            List<Long> ids = new ArrayList<>(approved.keySet());
            long id = ids.get(random.nextInt(ids.size()));
            long[] target = approved.remove(id);
            decideAdjustment.counter(id, "冲回 " + step, desk.collector.id());
            MBill bill = bills.get(target[0]);
            bill.adjusted -= target[1];
            log.add(day + " counter " + id);
            useCredit(bill.unit);
          }
        } else {
          List<MPayment> valid = payments.values().stream().filter(p -> !p.reversed).toList();
          if (!valid.isEmpty()) {
            MPayment target = valid.get(random.nextInt(valid.size()));
            reversePayment.reverse(target.id, "随机冲正 " + step, desk.collector.id());
            log.add(day + " reverse " + target.id);
            reverse(target);
          }
        }
        compare(seed, log);
      }
      compareRollups(seed, log, estate.firstBuildingId(), estate.secondBuildingId(), random);
    } finally {
      clock.reset();
    }
  }

  private long lastPaymentId() {
    return jdbc.queryForObject("SELECT MAX(id) FROM payment", Long.class);
  }

  private void readNewBills(List<Long> units) {
    for (long unit : units) {
      jdbc.query("SELECT id, fee_item_id, due_date, amount FROM bill WHERE unit_id = ? AND status = 'ISSUED'",
          rs -> {
            long id = rs.getLong("id");
            bills.computeIfAbsent(id, k -> {
              try {
                return new MBill(id, unit, rs.getLong("fee_item_id"), rs.getDate("due_date").toLocalDate(),
                    rs.getBigDecimal("amount").movePointRight(2).longValueExact());
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            });
          }, unit);
    }
  }

  /** Open bills of a unit by due date, fee item, bill id. */
  private List<MBill> openBills(long unit) {
    return bills.values().stream().filter(b -> b.unit == unit && b.open() > 0)
        .sorted(Comparator.comparing((MBill b) -> b.due).thenComparingLong(b -> b.feeItem).thenComparingLong(b -> b.id))
        .toList();
  }

  private void pay(MPayment payment, long cents, List<Long> ticked) {
    payments.put(payment.id, payment);
    List<MBill> order = new ArrayList<>();
    openBills(payment.unit).stream().filter(b -> ticked.contains(b.id)).forEach(order::add);
    openBills(payment.unit).stream().filter(b -> !ticked.contains(b.id)).forEach(order::add);
    long left = cents;
    for (MBill bill : order) {
      long share = Math.min(left, bill.open());
      if (share > 0) {
        bill.paid += share;
        payment.allocations.add(new MAllocation(payment.id, bill.id, share));
        left -= share;
      }
    }
    payment.creditLeft = left;
  }

  /** Credit pays open bills, oldest lot (payment) first. */
  private void useCredit(long unit) {
    for (MPayment lot : payments.values()) {
      if (lot.unit != unit || lot.reversed || lot.creditLeft == 0) {
        continue;
      }
      for (MBill bill : openBills(unit)) {
        long share = Math.min(lot.creditLeft, bill.open());
        if (share > 0) {
          bill.paid += share;
          lot.allocations.add(new MAllocation(lot.id, bill.id, share));
          lot.creditLeft -= share;
        }
      }
    }
  }

  private void reverse(MPayment payment) {
    payment.reversed = true;
    for (MAllocation allocation : payment.allocations) {
      bills.get(allocation.bill()).paid -= allocation.amount();
    }
    payment.allocations.clear();
    payment.creditLeft = 0;
    useCredit(payment.unit);
  }

  private void compare(long seed, List<String> log) {
    for (MBill bill : bills.values()) {
      BigDecimal stored = jdbc.queryForObject("SELECT amount - paid - adjusted FROM bill WHERE id = ?",
          BigDecimal.class, bill.id);
      assertThat(stored.movePointRight(2).longValueExact())
          .as("seed %d: outstanding of bill %d after %s", seed, bill.id, log).isEqualTo(bill.open());
    }
    Map<Long, Long> unitBalance = new HashMap<>();
    for (MPayment payment : payments.values()) {
      BigDecimal remaining = jdbc.query("SELECT remaining FROM credit_lot WHERE payment_id = ?",
          rs -> rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO, payment.id);
      assertThat(remaining.movePointRight(2).longValueExact())
          .as("seed %d: credit lot of payment %d after %s", seed, payment.id, log).isEqualTo(payment.creditLeft);
      unitBalance.merge(payment.unit, -payment.creditLeft, Long::sum);
    }
    bills.values().forEach(b -> unitBalance.merge(b.unit, b.open(), Long::sum));
    for (var entry : unitBalance.entrySet()) {
      BigDecimal stored = jdbc.queryForObject("""
          SELECT (SELECT COALESCE(SUM(amount - paid - adjusted), 0) FROM bill WHERE unit_id = ? AND status = 'ISSUED')
               - (SELECT COALESCE(SUM(remaining), 0) FROM credit_lot WHERE unit_id = ?)""", BigDecimal.class,
          entry.getKey(), entry.getKey());
      assertThat(stored.movePointRight(2).longValueExact())
          .as("seed %d: balance of unit %d after %s", seed, entry.getKey(), log).isEqualTo(entry.getValue());
    }
  }

  /** Rollups against an SQL recomputation from bills and allocations. */
  private void compareRollups(long seed, List<String> log, long first, long second, Random random) {
    EffectLedger ledger = context.getBean(EffectLedger.class);
    for (int i = 0; i < 40; i++) {
      LocalDate asOf = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(560));
      for (long building : List.of(first, second)) {
        for (int feeYear : List.of(2025, 2026)) {
          BigDecimal receivable = Recomputed.receivable(jdbc, building, feeYear, asOf);
          BigDecimal collected = Recomputed.collected(jdbc, building, feeYear, asOf);
          var totals = ledger.asOf(building, feeYear, asOf);
          assertThat(totals.receivable().amount())
              .as("seed %d: receivable of building %d, %d, as of %s after %s", seed, building, feeYear, asOf, log)
              .isEqualByComparingTo(receivable);
          assertThat(totals.collected().amount())
              .as("seed %d: collected of building %d, %d, as of %s after %s", seed, building, feeYear, asOf, log)
              .isEqualByComparingTo(collected);
        }
      }
    }
  }
}
