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
 * used). The model dates what it records as "Collection-rate definitions" do: an allocation counts
 * from its payment's received date (or, made from credit, the day it is made) but never from before
 * the day its bill was last re-opened by a reversal or a counter-entry; a reversal removes it from
 * its date; an adjustment counts from its decision until its counter-entry. Every bill's outstanding
 * amount, every credit lot, each unit's balance and every payment's allocations with their dates
 * must match what the application stored; no bill may count as paid and adjusted beyond its amount
 * on any day; then the rollups must match both the model and an SQL recomputation from bills and
 * allocations for many "as of" dates. The seed is in every failure message.
 */
final class LedgerReplayCheck {

  /** A bill as the model sees it, in cents. */
  private static final class MBill {
    final long id;
    final long unit;
    final long building;
    final int feeYear;
    final long feeItem;
    final LocalDate due;
    final long amount;
    long paid;
    long adjusted;
    /** The last day a reversal or a counter-entry took money off it. */
    LocalDate reopened;

    MBill(long id, long unit, long building, int feeYear, long feeItem, LocalDate due, long amount) {
      this.id = id;
      this.unit = unit;
      this.building = building;
      this.feeYear = feeYear;
      this.feeItem = feeItem;
      this.due = due;
      this.amount = amount;
    }

    long open() {
      return amount - paid - adjusted;
    }

    /** The dating rule: never from before the bill was last re-opened. */
    LocalDate countsFrom(LocalDate day) {
      return reopened != null && day.isBefore(reopened) ? reopened : day;
    }

    void reopen(LocalDate day) {
      if (reopened == null || reopened.isBefore(day)) {
        reopened = day;
      }
    }
  }

  /** Money on a bill for a span of days: counts as of d when from <= d and (until null or until > d). */
  private static final class Span {
    final long bill;
    final long amount;
    final LocalDate from;
    LocalDate until;

    Span(long bill, long amount, LocalDate from) {
      this.bill = bill;
      this.amount = amount;
      this.from = from;
    }

    boolean countsOn(LocalDate day) {
      return !from.isAfter(day) && (until == null || until.isAfter(day));
    }
  }

  private static final class MPayment {
    final long id;
    final long unit;
    long creditLeft;
    boolean reversed;
    LocalDate received;
    LocalDate reversedOn;
    /** Every allocation ever made, live or reversed (until = the reversal's date). */
    final List<Span> allocations = new ArrayList<>();

    MPayment(long id, long unit) {
      this.id = id;
      this.unit = unit;
    }
  }

  private final ApplicationContext context;
  private final JdbcTemplate jdbc;
  private final Map<Long, MBill> bills = new LinkedHashMap<>();
  private final Map<Long, MPayment> payments = new LinkedHashMap<>();
  /** Approved, not countered adjustments by id. */
  private final Map<Long, Span> approved = new LinkedHashMap<>();
  /** Every approved adjustment, countered or not. */
  private final List<Span> adjustments = new ArrayList<>();

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
          readNewBills(estate.unitIds());    // every bill of the buildings, for their rollups
          for (long unit : units) {
            useCredit(unit, day);
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
          pay(new MPayment(p.id(), unit), cents, ticked, received);
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
                pay(new MPayment(lastPaymentId(), bill.unit), 1, List.of(bill.id), day);
                assertThatThrownBy(() -> decideAdjustment.approve(request.id(), approver.id()))
                    .isInstanceOf(DomainException.class);
              } else {
                decideAdjustment.approve(request.id(), approver.id());
                bill.adjusted += cents;
                Span adjustment = new Span(bill.id, cents, day.isAfter(bill.due) ? day : bill.due);
                approved.put(request.id(), adjustment);
                adjustments.add(adjustment);
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
            Span target = approved.remove(id);
            decideAdjustment.counter(id, "冲回 " + step, desk.collector.id());
            MBill bill = bills.get(target.bill);
            bill.adjusted -= target.amount;
            target.until = day.isAfter(bill.due) ? day : bill.due;
            bill.reopen(day);
            log.add(day + " counter " + id);
            useCredit(bill.unit, day);
          }
        } else {
          List<MPayment> valid = payments.values().stream().filter(p -> !p.reversed).toList();
          if (!valid.isEmpty()) {
            MPayment target = valid.get(random.nextInt(valid.size()));
            reversePayment.reverse(target.id, "随机冲正 " + step, desk.collector.id());
            log.add(day + " reverse " + target.id);
            reverse(target, day);
          }
        }
        compare(seed, log);
      }
      compareDating(seed, log, units);
      compareRollups(seed, log, estate.firstBuildingId(), estate.secondBuildingId(), random);
      compareBoards(seed, log, estate.communityId(), random);
    } finally {
      clock.reset();
    }
  }

  private long lastPaymentId() {
    return jdbc.queryForObject("SELECT MAX(id) FROM payment", Long.class);
  }

  private void readNewBills(List<Long> units) {
    for (long unit : units) {
      jdbc.query("SELECT id, building_id, fee_year, fee_item_id, due_date, amount FROM bill WHERE unit_id = ?"
              + " AND status = 'ISSUED'",
          rs -> {
            long id = rs.getLong("id");
            bills.computeIfAbsent(id, k -> {
              try {
                return new MBill(id, unit, rs.getLong("building_id"), rs.getInt("fee_year"), rs.getLong("fee_item_id"),
                    rs.getDate("due_date").toLocalDate(), rs.getBigDecimal("amount").movePointRight(2).longValueExact());
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

  private void pay(MPayment payment, long cents, List<Long> ticked, LocalDate received) {
    payment.received = received;
    payments.put(payment.id, payment);
    List<MBill> order = new ArrayList<>();
    openBills(payment.unit).stream().filter(b -> ticked.contains(b.id)).forEach(order::add);
    openBills(payment.unit).stream().filter(b -> !ticked.contains(b.id)).forEach(order::add);
    long left = cents;
    for (MBill bill : order) {
      long share = Math.min(left, bill.open());
      if (share > 0) {
        bill.paid += share;
        payment.allocations.add(new Span(bill.id, share, bill.countsFrom(received)));
        left -= share;
      }
    }
    payment.creditLeft = left;
  }

  /** Credit pays open bills, oldest lot (payment) first, counting from the day it is used. */
  private void useCredit(long unit, LocalDate day) {
    for (MPayment lot : payments.values()) {
      if (lot.unit != unit || lot.reversed || lot.creditLeft == 0) {
        continue;
      }
      for (MBill bill : openBills(unit)) {
        long share = Math.min(lot.creditLeft, bill.open());
        if (share > 0) {
          bill.paid += share;
          lot.allocations.add(new Span(bill.id, share, bill.countsFrom(day)));
          lot.creditLeft -= share;
        }
      }
    }
  }

  /** All live allocations removed from the reversal's day on, re-opening their bills; credit then pays. */
  private void reverse(MPayment payment, LocalDate day) {
    payment.reversed = true;
    payment.reversedOn = day;
    for (Span allocation : payment.allocations) {
      if (allocation.until == null) {
        MBill bill = bills.get(allocation.bill);
        bill.paid -= allocation.amount;
        bill.reopen(day);
        allocation.until = day;
      }
    }
    payment.creditLeft = 0;
    useCredit(payment.unit, day);
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

  /**
   * Every payment's allocations as stored (bill, amount, counts-from, reversed-on) against the
   * model's; then, on the stored data, no bill counts as paid and adjusted beyond its amount on any
   * day (checked on every day an allocation or adjustment starts to count).
   */
  private void compareDating(long seed, List<String> log, List<Long> units) {
    for (MPayment payment : payments.values()) {
      List<String> stored = jdbc.query("SELECT bill_id, amount, counts_from, reversed_on FROM allocation"
          + " WHERE payment_id = ?", (rs, n) -> rs.getLong(1) + " " + rs.getBigDecimal(2).movePointRight(2)
          .longValueExact() + " from " + rs.getDate(3) + " until " + rs.getDate(4), payment.id);
      List<String> model = payment.allocations.stream()
          .map(a -> a.bill + " " + a.amount + " from " + a.from + " until " + a.until).toList();
      assertThat(stored).as("seed %d: allocations of payment %d after %s", seed, payment.id, log)
          .containsExactlyInAnyOrderElementsOf(model);
    }
    List<Map<String, Object>> overpaid = jdbc.queryForList("""
        SELECT b.id, d.day FROM bill b
        JOIN (SELECT bill_id, counts_from AS day FROM allocation
              UNION SELECT bill_id, decided_on FROM adjustment WHERE status IN ('APPROVED', 'COUNTERED')) d
          ON d.bill_id = b.id
        WHERE b.unit_id IN (?, ?, ?)
          AND b.amount < (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a WHERE a.bill_id = b.id
                            AND a.counts_from <= d.day AND (a.reversed_on IS NULL OR a.reversed_on > d.day))
                       + (SELECT COALESCE(SUM(j.amount), 0) FROM adjustment j WHERE j.bill_id = b.id
                            AND j.status IN ('APPROVED', 'COUNTERED') AND j.decided_on <= d.day
                            AND (j.countered_on IS NULL OR j.countered_on > d.day))""",
        units.get(0), units.get(1), units.get(2));
    assertThat(overpaid).as("seed %d: bills counted as paid beyond their amount on a day, after %s", seed, log)
        .isEmpty();
  }

  /** The model's receivable and collected of a building's fee year as of a day, in cents. */
  private long[] modelAsOf(long building, int feeYear, LocalDate asOf) {
    long receivable = 0;
    long collected = 0;
    for (MBill bill : bills.values()) {
      if (bill.building != building || bill.feeYear != feeYear || bill.due.isAfter(asOf)) {
        continue;
      }
      receivable += bill.amount;
      for (Span adjustment : adjustments) {
        if (adjustment.bill == bill.id && adjustment.countsOn(asOf)) {
          receivable -= adjustment.amount;
        }
      }
      for (MPayment payment : payments.values()) {
        for (Span allocation : payment.allocations) {
          if (allocation.bill == bill.id && allocation.countsOn(asOf)) {
            collected += allocation.amount;
          }
        }
      }
    }
    return new long[] {receivable, collected};
  }

  /** Rollups against the model and against an SQL recomputation from bills and allocations. */
  private void compareRollups(long seed, List<String> log, long first, long second, Random random) {
    EffectLedger ledger = context.getBean(EffectLedger.class);
    for (int i = 0; i < 40; i++) {
      LocalDate asOf = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(560));
      for (long building : List.of(first, second)) {
        for (int feeYear : List.of(2025, 2026)) {
          BigDecimal receivable = Recomputed.receivable(jdbc, building, feeYear, asOf);
          BigDecimal collected = Recomputed.collected(jdbc, building, feeYear, asOf);
          var totals = ledger.asOf(building, feeYear, asOf);
          long[] model = modelAsOf(building, feeYear, asOf);
          assertThat(totals.receivable().amount().movePointRight(2).longValueExact())
              .as("seed %d: receivable of building %d, %d, as of %s: rollups against the model, after %s", seed,
                  building, feeYear, asOf, log).isEqualTo(model[0]);
          assertThat(totals.collected().amount().movePointRight(2).longValueExact())
              .as("seed %d: collected of building %d, %d, as of %s: rollups against the model, after %s", seed,
                  building, feeYear, asOf, log).isEqualTo(model[1]);
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

  /** The model's receivable and collected, in cents, over the bills a filter keeps, as of a day. */
  private long[] modelAsOf(java.util.function.Predicate<MBill> which, LocalDate asOf) {
    long receivable = 0;
    long collected = 0;
    for (MBill bill : bills.values()) {
      if (!which.test(bill) || bill.due.isAfter(asOf)) {
        continue;
      }
      receivable += bill.amount;
      for (Span adjustment : adjustments) {
        if (adjustment.bill == bill.id && adjustment.countsOn(asOf)) {
          receivable -= adjustment.amount;
        }
      }
      for (MPayment payment : payments.values()) {
        for (Span allocation : payment.allocations) {
          if (allocation.bill == bill.id && allocation.countsOn(asOf)) {
            collected += allocation.amount;
          }
        }
      }
    }
    return new long[] {receivable, collected};
  }

  /**
   * Every column the boards read ({@code Boards.figures}), building by building, for random
   * periods (some across the fee-year boundary), against the model: this year's receivable and
   * collected at the period's end and the day before it starts, last years' outstanding at Y0 − 1
   * and what was recovered of it since, households with receivable and those paid up, and units
   * with a payment received in the period and not reversed by its end.
   */
  private void compareBoards(long seed, List<String> log, long communityId, Random random) {
    var boards = context.getBean(com.collection.core.rates.Boards.class);
    Integer startMonth = jdbc.queryForObject("SELECT fee_year_start_month FROM community WHERE id = ?", Integer.class,
        communityId);
    assertThat(startMonth).as("the replay's fee years are calendar years").isEqualTo(1);
    Map<Long, Long> buildingOf = new LinkedHashMap<>();
    Map<Long, Boolean> household = new LinkedHashMap<>();
    jdbc.query("""
        SELECT u.id, u.building_id, u.unit_use FROM unit u JOIN building b ON b.id = u.building_id
        WHERE b.community_id = ?""", rs -> {
          buildingOf.put(rs.getLong("id"), rs.getLong("building_id"));
          household.put(rs.getLong("id"), !"PARKING".equals(rs.getString("unit_use")));
        }, communityId);
    for (int i = 0; i < 25; i++) {
      LocalDate end = LocalDate.of(2025, 1, 15).plusDays(random.nextInt(540));
      LocalDate start = end.minusDays(random.nextInt(36));
      int year = end.getYear();
      LocalDate yearStart = LocalDate.of(year, 1, 1);
      LocalDate before = start.minusDays(1);
      var window = new com.collection.core.rates.FeeYearWindow(year, yearStart, start, end);
      for (var row : boards.figures(communityId, window)) {
        long building = row.buildingId();
        var f = row.figures();
        String what = String.format("seed %d: building %d, period %s..%s: ", seed, building, start, end);
        long[] atEnd = modelAsOf(b -> b.building == building && b.feeYear == year, end);
        long[] atBefore = modelAsOf(b -> b.building == building && b.feeYear == year, before);
        long[] lastYearsAtStart = modelAsOf(b -> b.building == building && b.feeYear < year, yearStart.minusDays(1));
        long[] lastYearsAtEnd = modelAsOf(b -> b.building == building && b.feeYear < year, end);
        assertThat(cents(f.receivable())).as(what + "receivable after %s", log).isEqualTo(atEnd[0]);
        assertThat(cents(f.collected())).as(what + "collected after %s", log).isEqualTo(atEnd[1]);
        assertThat(cents(f.receivableBefore())).as(what + "receivable the day before after %s", log)
            .isEqualTo(atBefore[0]);
        assertThat(cents(f.collectedBefore())).as(what + "collected the day before after %s", log)
            .isEqualTo(atBefore[1]);
        assertThat(cents(f.priorOutstanding())).as(what + "last years' outstanding at Y0 - 1 after %s", log)
            .isEqualTo(lastYearsAtStart[0] - lastYearsAtStart[1]);
        assertThat(cents(f.recovered())).as(what + "recovered after %s", log)
            .isEqualTo(lastYearsAtEnd[1] - lastYearsAtStart[1]);
        long households = 0;
        long paidUp = 0;
        for (var unit : buildingOf.entrySet()) {
          if (unit.getValue() != building || !household.get(unit.getKey())) {
            continue;
          }
          long[] ofUnit = modelAsOf(b -> b.unit == unit.getKey() && b.feeYear == year, end);
          if (ofUnit[0] > 0) {
            households++;
            if (ofUnit[0] == ofUnit[1]) {
              paidUp++;
            }
          }
        }
        assertThat(f.households()).as(what + "households after %s", log).isEqualTo(households);
        assertThat(f.householdsPaidUp()).as(what + "households paid up after %s", log).isEqualTo(paidUp);
        long unitsPaid = payments.values().stream()
            .filter(p -> buildingOf.get(p.unit) == building)
            .filter(p -> !p.received.isBefore(start) && !p.received.isAfter(end))
            .filter(p -> p.reversedOn == null || p.reversedOn.isAfter(end))
            .map(p -> p.unit).distinct().count();
        assertThat(f.unitsPaid()).as(what + "units that paid after %s", log).isEqualTo(unitsPaid);
        assertThat(f.sameFeeYearAtStart()).as(what + "same fee year at the start").isEqualTo(!before.isBefore(yearStart));
      }
    }
  }

  private static long cents(com.collection.core.shared.Money money) {
    return money.amount().movePointRight(2).longValueExact();
  }
}
