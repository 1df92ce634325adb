package com.collection.bench;

import com.collection.core.billing.BillRun;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.demo.DemoCompany;
import com.collection.core.demo.DemoCompanySize;
import com.collection.core.demo.GenerateDemoCompany;
import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.estate.UnitUse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two halves of {@code bench/kill-and-resume.sh}: {@link #start} bills the first community
 * (the script kills this JVM with {@code kill -9} halfway through); {@link #resume}, in a new JVM,
 * resumes the stale run, lets it finish and checks the result: exactly one bill per unit, fee item
 * and period, one effect per bill, and rollups equal to a recomputation from the bills.
 */
@Component
class KillAndResume {

  static final String PERIOD = "2026-05";

  private final GenerateDemoCompany generateDemoCompany;
  private final DemoCompany demoCompany;
  private final Communities communities;
  private final ManageFeeItems feeItems;
  private final RunBilling runBilling;
  private final JdbcTemplate jdbc;
  private final int units;

  KillAndResume(GenerateDemoCompany generateDemoCompany, DemoCompany demoCompany, Communities communities,
      ManageFeeItems feeItems, RunBilling runBilling, JdbcTemplate jdbc, @Value("${bench.units:100000}") int units) {
    this.generateDemoCompany = generateDemoCompany;
    this.demoCompany = demoCompany;
    this.communities = communities;
    this.feeItems = feeItems;
    this.runBilling = runBilling;
    this.jdbc = jdbc;
    this.units = units;
  }

  /** Generates the estate if needed, then bills the first community for {@link #PERIOD}. */
  int start() {
    if (demoCompany.isEmpty()) {
      generateDemoCompany.generateIfEmpty(DemoCompanySize.ofUnits(units), 20261123).orElseThrow();
      jdbc.execute("VACUUM ANALYZE");
    }
    Community community = communities.all().get(0);
    List<FeeItem> existing = feeItems.ofCommunity(community.id());
    List<Long> items = existing.isEmpty() ? twoItems(community) : existing.stream().map(FeeItem::id).toList();
    BillRun run = runBilling.start(community.id(), items, PERIOD, null);
    say("STARTED run %d: %s, %s, %,d units", run.id(), community.name(), PERIOD, run.unitsTotal());
    BillRun done = runBilling.proceed(run.id());
    say("run %d ended %s without being killed (make the script kill it sooner)", done.id(), done.status());
    return 2;
  }

  /** Resumes the (stale) run the killed JVM left, lets it finish, and checks what was written. */
  int resume() {
    Long runId = jdbc.query("SELECT id FROM bill_run WHERE period = ? ORDER BY id DESC LIMIT 1",
        rs -> rs.next() ? rs.getLong(1) : null, PERIOD);
    if (runId == null) {
      say("no run to resume");
      return 2;
    }
    BillRun left = runBilling.resume(runId);
    say("Resumed run %d (attempt %d): %,d of %,d units were done, %,d bills written before the kill",
        left.id(), left.attempt(), left.unitsDone(), left.unitsTotal(), left.billsWritten());
    BillRun done = runBilling.proceed(runId);
    say("Run %d ended %s: %,d of %,d units, %,d bills", done.id(), done.status(), done.unitsDone(),
        done.unitsTotal(), done.billsWritten());

    long community = done.communityId();
    long bills = count("SELECT COUNT(*) FROM bill b JOIN building bd ON bd.id = b.building_id"
        + " WHERE bd.community_id = ? AND b.period = ?", community, PERIOD);
    long expected = 2 * count("SELECT COUNT(*) FROM unit u JOIN building bd ON bd.id = u.building_id"
        + " WHERE bd.community_id = ?", community);
    long twice = count("SELECT COUNT(*) FROM (SELECT unit_id FROM bill WHERE period = ?"
        + " GROUP BY unit_id, fee_item_id, period HAVING COUNT(*) > 1) d", PERIOD);
    long effects = count("SELECT COUNT(*) FROM money_effect e JOIN bill b ON b.id = e.bill_id WHERE b.period = ?",
        PERIOD);
    long effectsOff = count("SELECT COUNT(*) FROM bill b LEFT JOIN (SELECT bill_id, COUNT(*) AS n FROM money_effect"
        + " GROUP BY bill_id) e ON e.bill_id = b.id WHERE b.period = ? AND COALESCE(e.n, 0) <> 1", PERIOD);
    long dayMismatch = count("""
        SELECT COUNT(*) FROM (SELECT building_id, fee_year, due_date AS day, SUM(amount) AS amount FROM bill
          WHERE status = 'ISSUED' AND late_fee = FALSE GROUP BY building_id, fee_year, due_date) b
        FULL JOIN rollup_day r ON r.building_id = b.building_id AND r.fee_year = b.fee_year AND r.business_date = b.day
        WHERE COALESCE(b.amount, 0) <> COALESCE(r.receivable, 0)""");
    long monthMismatch = count("""
        SELECT COUNT(*) FROM (SELECT building_id, fee_year, CAST(DATE_TRUNC('month', due_date) AS DATE) AS month,
            SUM(amount) AS amount FROM bill WHERE status = 'ISSUED' AND late_fee = FALSE
          GROUP BY building_id, fee_year, DATE_TRUNC('month', due_date)) b
        FULL JOIN rollup_month r ON r.building_id = b.building_id AND r.fee_year = b.fee_year AND r.month_start = b.month
        WHERE COALESCE(b.amount, 0) <> COALESCE(r.receivable, 0)""");
    say("Checks: %,d bills (expected %,d: two per unit), %d unit/item/period billed twice, %,d effects"
        + " (%d bills without exactly one), %d day rollups and %d month rollups differing from the bills",
        bills, expected, twice, effects, effectsOff, dayMismatch, monthMismatch);
    boolean ok = done.status() == BillRun.BillRunStatus.DONE && bills == expected && twice == 0
        && effects == bills && effectsOff == 0 && dayMismatch == 0 && monthMismatch == 0
        && done.billsWritten() == bills && done.unitsDone() == done.unitsTotal();
    say(ok ? "PASS: the killed run, resumed, billed every unit exactly once and the rollups match"
        : "FAIL");
    return ok ? 0 : 1;
  }

  private List<Long> twoItems(Community community) {
    LocalDate from = LocalDate.of(2020, 1, 1);
    FeeItem service = feeItems.create(community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15,
        true, true);
    FeeItem energy = feeItems.create(community.id(), "公共能耗费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15,
        true, true);
    for (UnitUse use : UnitUse.values()) {
      feeItems.addRate(service.id(), use, from, new BigDecimal("2.80"));
      feeItems.addRate(energy.id(), use, from, new BigDecimal("0.35"));
    }
    return List.of(service.id(), energy.id());
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
