package com.collection.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.BillingPeriod;
import com.collection.core.demo.DemoCompanySize;
import com.collection.core.demo.GenerateDemoHistory;
import com.collection.core.ledger.EffectLedger;
import com.collection.persistence.MutableClock;
import com.collection.persistence.billing.Recomputed;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates the demo company on an empty database with the clock at one moment and checks what
 * the README promises, whatever the day: a year of bills up to the current period, payments up to
 * yesterday on every day the desk is open in the last two weeks, those days' cash-ups submitted and
 * confirmed (yesterday's submitted), adjustments and late fees, nothing dated after the clock's
 * now, and rollups equal to a recomputation from the bills and allocations.
 */
final class DemoCalendarCheck {

  /** Two communities of two buildings of 6 floors × 2 flats, 20 shops and 12 parking spaces each. */
  static final DemoCompanySize SIZE = new DemoCompanySize(2, 2, 6, 2, 12);
  private static final long SEED = 20261123;

  private final ApplicationContext context;
  private final JdbcTemplate jdbc;

  DemoCalendarCheck(ApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  void run(Instant now) {
    Flyway flyway = context.getBean(Flyway.class);
    flyway.clean();
    flyway.migrate();
    MutableClock clock = context.getBean(MutableClock.class);
    clock.set(now);
    try {
      GenerateDemoHistory.Report report = context.getBean(GenerateDemoHistory.class)
          .generateIfEmpty(SIZE, SEED).orElseThrow();
      LocalDate today = LocalDate.now(clock);
      String on = "generated at " + now + " (" + today + " " + today.getDayOfWeek() + " in Shanghai): ";
      billsUpToTheCurrentPeriod(today, on);
      paymentsEveryOpenDay(today, on);
      cashUpsOfTheLastTwoWeeks(today, on);
      nothingAfterNow(now, on);
      assertThat(report.adjustments()).as(on + "adjustments").isPositive();
      assertThat(report.lateFeesPosted()).as(on + "late fees posted").isPositive();
      rollupsEqualTheRecomputation(today, on);
      everyChangeIsInTheAuditLog(on);
      casesFollowTheLedger(now, today, on);
    } finally {
      clock.reset();
    }
  }

  private void billsUpToTheCurrentPeriod(LocalDate today, String on) {
    List<Map<String, Object>> items = jdbc.queryForList(
        "SELECT id, cycle FROM fee_item f WHERE EXISTS (SELECT 1 FROM bill b WHERE b.fee_item_id = f.id AND NOT b.late_fee) ORDER BY id");
    assertThat(items).as(on + "fee items").hasSize(4);
    for (Map<String, Object> item : items) {
      BillingCycle cycle = BillingCycle.valueOf((String) item.get("cycle"));
      BillingPeriod current = BillingPeriod.containing(today, cycle);
      BillingPeriod yearAgo = BillingPeriod.containing(today.minusMonths(11), cycle);
      for (BillingPeriod period = yearAgo; !period.firstMonth().isAfter(current.firstMonth()); period = period.next()) {
        assertThat(count("SELECT COUNT(*) FROM bill WHERE fee_item_id = ? AND period = ?", item.get("id"), period.key()))
            .as(on + "bills of fee item %s for %s", item.get("id"), period).isPositive();
      }
      assertThat(count("SELECT COUNT(*) FROM bill WHERE fee_item_id = ? AND period > ?", item.get("id"),
          current.key())).as(on + "no bills after the current period").isZero();
    }
  }

  private void paymentsEveryOpenDay(LocalDate today, String on) {
    for (LocalDate day = today.minusDays(14); day.isBefore(today); day = day.plusDays(1)) {
      long taken = count("SELECT COUNT(*) FROM payment WHERE recorded_on = ? AND received_on = ?", Date.valueOf(day),
          Date.valueOf(day));
      if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        assertThat(taken).as(on + "the desk is closed on Sunday %s", day).isZero();
      } else {
        assertThat(taken).as(on + "payments on %s", day).isPositive();
      }
    }
    for (YearMonth month = YearMonth.from(today.minusMonths(11)); month.isBefore(YearMonth.from(today));
        month = month.plusMonths(1)) {
      assertThat(count("SELECT COUNT(*) FROM payment WHERE received_on BETWEEN ? AND ?",
          Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth())))
          .as(on + "payments in %s (a year of history)", month).isGreaterThan(5);
    }
    assertThat(count("SELECT COUNT(*) FROM payment WHERE status = 'REVERSED'")).as(on + "reversals").isPositive();
    assertThat(count("SELECT COUNT(*) FROM credit_lot WHERE remaining > 0")).as(on + "prepayers' credit").isPositive();
  }

  private void cashUpsOfTheLastTwoWeeks(LocalDate today, String on) {
    int confirmedDays = 0;
    for (LocalDate day = today.minusDays(14); day.isBefore(today); day = day.plusDays(1)) {
      Date d = Date.valueOf(day);
      long desks = count("""
          SELECT COUNT(*) FROM staff s WHERE EXISTS (SELECT 1 FROM payment p WHERE p.recorded_by = s.id AND p.recorded_on = ?)
             OR EXISTS (SELECT 1 FROM payment p WHERE p.reversed_by = s.id AND p.reversed_on = ?)""", d, d);
      String expected = day.equals(today.minusDays(1)) ? "SUBMITTED" : "CONFIRMED";
      long closed = count("SELECT COUNT(*) FROM cash_up WHERE work_day = ? AND status = ?", d, expected);
      assertThat(closed).as(on + "desks of %s %s", day, expected).isEqualTo(desks);
      assertThat(count("SELECT COUNT(*) FROM cash_up WHERE work_day = ?", d)).as(on + "cash-ups of %s", day)
          .isEqualTo(desks);
      if (expected.equals("CONFIRMED") && closed > 0) {
        confirmedDays++;
      }
    }
    assertThat(confirmedDays).as(on + "days confirmed in the last two weeks").isGreaterThanOrEqualTo(11);
    assertThat(count("SELECT COUNT(*) FROM cash_up WHERE work_day >= ?", Date.valueOf(today)))
        .as(on + "today's desks are still open").isZero();
  }

  private void nothingAfterNow(Instant now, String on) {
    Timestamp t = Timestamp.from(now);
    assertThat(count("SELECT COUNT(*) FROM payment WHERE recorded_at > ?", t)).as(on + "payments after now").isZero();
    assertThat(count("SELECT COUNT(*) FROM cash_up_revision WHERE submitted_at > ?", t))
        .as(on + "cash-ups submitted after now").isZero();
    assertThat(count("SELECT COUNT(*) FROM cash_up WHERE confirmed_at > ?", t))
        .as(on + "cash-ups confirmed after now").isZero();
  }

  /**
   * The demo's cases: worked over the last weeks in every category, with promises kept and
   * broken; an open case only where the unit owes something past due, and every unit owing beyond
   * its community's threshold on the last day the job ran (yesterday) has one; every attempt and
   * transition in the audit log; nothing after now.
   */
  private void casesFollowTheLedger(Instant now, LocalDate today, String on) {
    assertThat(count("SELECT COUNT(*) FROM collection_attempt")).as(on + "attempts").isGreaterThan(50);
    for (String category : List.of("PAY_SOON", "UNCONFIRMED", "AWAY_ON_BUSINESS", "REFUSING")) {
      assertThat(count("SELECT COUNT(*) FROM collection_attempt WHERE outcome = ?", category))
          .as(on + "attempts classifying a case " + category).isPositive();
    }
    assertThat(count("SELECT COUNT(*) FROM arrears_case_event WHERE kind = 'PROMISE_KEPT'")
        + count("SELECT COUNT(*) FROM arrears_case e WHERE status = 'CLOSED'"))
        .as(on + "promises kept (or cases closed by paying)").isPositive();
    assertThat(count("SELECT COUNT(*) FROM arrears_case_event WHERE kind = 'PROMISE_BROKEN'"))
        .as(on + "promises broken").isPositive();
    assertThat(count("""
        SELECT COUNT(*) FROM arrears_case ac WHERE ac.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM bill b
          WHERE b.unit_id = ac.unit_id AND b.status = 'ISSUED' AND b.amount - b.paid - b.adjusted > 0
            AND b.due_date < ?)""", Date.valueOf(today)))
        .as(on + "open cases of units that owe nothing past due").isZero();
    LocalDate yesterday = today.minusDays(1);
    assertThat(count("""
        SELECT COUNT(DISTINCT b.unit_id) FROM bill b JOIN building bd ON bd.id = b.building_id
        JOIN community c ON c.id = bd.community_id
        WHERE b.status = 'ISSUED' AND b.amount - b.paid - b.adjusted > 0 AND b.due_date < ?
          AND b.due_date < CAST(? AS DATE) - c.case_opening_days
          AND NOT EXISTS (SELECT 1 FROM arrears_case ac WHERE ac.unit_id = b.unit_id AND ac.status = 'OPEN')""",
        Date.valueOf(yesterday), Date.valueOf(yesterday)))
        .as(on + "units owing beyond the threshold without an open case").isZero();
    Timestamp t = Timestamp.from(now);
    assertThat(count("SELECT COUNT(*) FROM collection_attempt WHERE attempted_at > ? OR logged_at > ?", t, t))
        .as(on + "attempts after now").isZero();
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'attempt.logged'"))
        .as(on + "one entry per attempt").isEqualTo(count("SELECT COUNT(*) FROM collection_attempt"));
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'arrearsCase.%'"))
        .as(on + "one entry per system transition").isEqualTo(
            count("SELECT COUNT(*) FROM arrears_case_event WHERE kind <> 'CATEGORY_SET'"));
  }

  /** Who did it and when: the demo's payments, reversals, adjustments and assignments are in the log. */
  private void everyChangeIsInTheAuditLog(String on) {
    assertThat(count("""
        SELECT COUNT(*) FROM payment p WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.action = 'payment.recorded'
          AND e.object_id = CAST(p.id AS VARCHAR(20)) AND e.actor_id = p.recorded_by AND e.at = p.recorded_at)"""))
        .as(on + "payments without their entry (collector and time)").isZero();
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.recorded'"))
        .as(on + "one entry per payment").isEqualTo(count("SELECT COUNT(*) FROM payment"));
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.reversed' AND actor_id IS NOT NULL"))
        .as(on + "one entry per reversal").isEqualTo(count("SELECT COUNT(*) FROM payment WHERE status = 'REVERSED'"));
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'adjustment.requested'"))
        .as(on + "one entry per adjustment").isEqualTo(count("SELECT COUNT(*) FROM adjustment"));
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'staff.buildingsAssigned' AND actor_id IS NOT NULL"))
        .as(on + "the staff's assignments, by the admin").isEqualTo(
            count("SELECT COUNT(DISTINCT staff_id) FROM staff_building"));
  }

  private void rollupsEqualTheRecomputation(LocalDate today, String on) {
    EffectLedger ledger = context.getBean(EffectLedger.class);
    List<LocalDate> days = new ArrayList<>(List.of(today, today.minusDays(1), today.minusDays(14),
        today.withDayOfYear(1), today.withDayOfYear(1).minusDays(1)));
    for (int back = 0; back <= 13; back++) {
      days.add(YearMonth.from(today).minusMonths(back).atEndOfMonth());
    }
    List<Long> buildings = jdbc.queryForList("SELECT id FROM building ORDER BY id", Long.class);
    for (long building : buildings) {
      for (int feeYear : List.of(today.getYear() - 1, today.getYear())) {
        for (LocalDate asOf : days) {
          EffectLedger.Totals totals = ledger.asOf(building, feeYear, asOf);
          assertThat(totals.receivable().amount())
              .as(on + "receivable of building %d, fee year %d, as of %s", building, feeYear, asOf)
              .isEqualByComparingTo(Recomputed.receivable(jdbc, building, feeYear, asOf));
          assertThat(totals.collected().amount())
              .as(on + "collected of building %d, fee year %d, as of %s", building, feeYear, asOf)
              .isEqualByComparingTo(Recomputed.collected(jdbc, building, feeYear, asOf));
        }
      }
    }
  }

  private long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }
}
