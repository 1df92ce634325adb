package com.collection.bench;

import com.collection.core.billing.BillRun;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.BillingPeriod;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the database with the demo company at the asked size (unless it holds one already), gives
 * every community two per-m² monthly fee items, then times, on the same database:
 *
 * <ol>
 *   <li>the raw insert: one {@code INSERT ... SELECT} of the month's bills into {@code bill_raw},
 *       a copy of {@code bill} with the same indexes, checks and foreign keys (timed before and
 *       after the bill run, the ratio taken against the mean; for reference also into a copy
 *       without the foreign keys);</li>
 *   <li>the bill run: every community's run through {@link RunBilling} (start, then proceed, as the
 *       run page does), which writes the bills, their money effects and the rollups in batches.</li>
 * </ol>
 *
 * Then checks that both wrote the same rows, one effect per bill and rollups equal to the bills,
 * and prints the times, their ratio, bills per second and the peak heap of the bill run.
 */
@Component
class BillRunBench {

  private static final double TARGET_RATIO = 3.0;

  private final GenerateDemoCompany generateDemoCompany;
  private final DemoCompany demoCompany;
  private final Communities communities;
  private final ManageFeeItems feeItems;
  private final RunBilling runBilling;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final int units;
  private final long seed;
  private final boolean rawWithoutForeignKeys;
  private double generationSeconds = -1;

  BillRunBench(GenerateDemoCompany generateDemoCompany, DemoCompany demoCompany, Communities communities,
      ManageFeeItems feeItems, RunBilling runBilling, JdbcTemplate jdbc, Clock clock,
      @Value("${bench.units:1000000}") int units, @Value("${bench.seed:20261123}") long seed,
      @Value("${bench.raw-without-foreign-keys:true}") boolean rawWithoutForeignKeys) {
    this.generateDemoCompany = generateDemoCompany;
    this.demoCompany = demoCompany;
    this.communities = communities;
    this.feeItems = feeItems;
    this.runBilling = runBilling;
    this.jdbc = jdbc;
    this.clock = clock;
    this.units = units;
    this.seed = seed;
    this.rawWithoutForeignKeys = rawWithoutForeignKeys;
  }

  int run() {
    String product = jdbc.queryForObject("SELECT version()", String.class);
    if (product == null || !product.startsWith("PostgreSQL")) {
      throw new IllegalStateException("the benchmark runs on PostgreSQL, not on " + product);
    }
    say("Bill-run benchmark on %s", product.replaceAll(" on .*", ""));
    say("JVM: Java %s, max heap %d MB, %d processors", Runtime.version().feature(),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

    String generated = generate();
    jdbc.execute("VACUUM ANALYZE");
    long unitCount = count("SELECT COUNT(*) FROM unit");
    long buildingCount = count("SELECT COUNT(*) FROM building");
    List<Community> all = communities.all();
    String period = YearMonth.now(clock).toString();
    clearBilling();
    List<List<Long>> items = new ArrayList<>();
    for (Community community : all) {
      items.add(twoPerSquareMetreItems(community));
    }
    say("Estate: %,d units in %,d buildings, %d communities; %s", unitCount, buildingCount, all.size(), generated);
    say("Bills: period %s, two per-m² monthly fee items per community (vacant and unsold units billed too),"
        + " batches of %,d units", period, runBilling.settings().batchSize());

    // 1. the raw insert into an equal copy of the bill table
    jdbc.update("INSERT INTO bill_run (community_id, period, fee_item_ids, status, units_total, started_at,"
        + " finished_at, attempt_started_at, progress_at) SELECT id, ?, '0', 'DONE', 0, CURRENT_TIMESTAMP,"
        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM community", period);
    createRawTable("bill_raw", true);
    long[] raw = rawInsert("bill_raw", period);
    long rawRows = raw[1];
    long rawNanos = raw[0];

    long rawNoFkNanos = -1;
    if (rawWithoutForeignKeys) {
      createRawTable("bill_raw_nofk", false);
      rawNoFkNanos = rawInsert("bill_raw_nofk", period)[0];
      jdbc.execute("DROP TABLE bill_raw_nofk");
    }

    // 2. the bill run, community by community, as the run page does it
    jdbc.execute("CHECKPOINT");
    HeapWatch heap = HeapWatch.start();
    long cpu0 = processCpuNanos();
    long bills = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < all.size(); i++) {
      BillRun started = runBilling.start(all.get(i).id(), items.get(i), period, null);
      BillRun done = runBilling.proceed(started.id());
      if (done.status() != BillRun.BillRunStatus.DONE) {
        throw new IllegalStateException("run " + done.id() + " ended " + done.status());
      }
      bills += done.billsWritten();
    }
    long runNanos = System.nanoTime() - t0;
    long runCpuNanos = processCpuNanos() - cpu0;
    HeapWatch.Figures heapFigures = heap.stop();

    // 1 again, after the bill run: the machine's load may have changed meanwhile, so the raw
    // insert is timed before and after and the ratio taken against their mean
    jdbc.execute("VACUUM ANALYZE bill");
    jdbc.execute("VACUUM ANALYZE money_effect");
    createRawTable("bill_raw_again", true);
    long rawAgainNanos = rawInsert("bill_raw_again", period)[0];
    jdbc.execute("DROP TABLE bill_raw_again");

    // 3. the same rows, one effect each, rollups equal to the bills
    check(period, bills, rawRows);

    double runSeconds = runNanos / 1e9;
    double rawSeconds = (rawNanos + rawAgainNanos) / 2e9;
    double ratio = runSeconds / rawSeconds;
    say("");
    say("Results (%,d units, %,d bills):", unitCount, bills);
    say("  raw INSERT ... SELECT into a copy of bill (same indexes, checks and foreign keys): %6.1f s"
        + " (%.1f s before the bill run, %.1f s after)", rawSeconds, rawNanos / 1e9, rawAgainNanos / 1e9);
    if (rawNoFkNanos >= 0) {
      say("  (for reference, the same insert into a copy without the foreign keys:           %6.1f s)",
          rawNoFkNanos / 1e9);
    }
    say("  bill run through RunBilling (bills, money effects, rollups, progress):           %6.1f s", runSeconds);
    say("  ratio bill run / raw insert: %.2f (target <= %.1f)%s", ratio, TARGET_RATIO,
        rawNoFkNanos >= 0 ? String.format(Locale.ROOT, "; against the copy without foreign keys %.2f",
            runNanos / (double) rawNoFkNanos) : "");
    say("  bills per second: %,.0f", bills / runSeconds);
    say("  CPU time of this JVM during the bill run: %.1f s (the rest of the time it waits for PostgreSQL)",
        runCpuNanos / 1e9);
    say("  peak heap during the bill run: %,d MB used at most, %,d MB right after a collection at most"
        + " (max heap %,d MB)", heapFigures.peakUsed() >> 20, heapFigures.peakAfterGc() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    say("RESULT units=%d bills=%d raw_s=%.2f raw_before_s=%.2f raw_after_s=%.2f run_s=%.2f ratio=%.2f"
            + " bills_per_s=%.0f peak_heap_mb=%d peak_after_gc_mb=%d raw_nofk_s=%.2f batch=%d generate_s=%.1f jvm_cpu_s=%.1f", unitCount, bills,
        rawSeconds, rawNanos / 1e9, rawAgainNanos / 1e9, runSeconds, ratio, bills / runSeconds,
        heapFigures.peakUsed() >> 20, heapFigures.peakAfterGc() >> 20, rawNoFkNanos / 1e9,
        runBilling.settings().batchSize(), generationSeconds, runCpuNanos / 1e9);
    if (ratio > TARGET_RATIO) {
      say("The bill run took more than %.1f times the raw insert.", TARGET_RATIO);
      return 1;
    }
    return 0;
  }

  private String generate() {
    if (!demoCompany.isEmpty()) {
      return "generated earlier (kept)";
    }
    long t0 = System.nanoTime();
    DemoCompany.Summary summary = generateDemoCompany.generateIfEmpty(DemoCompanySize.ofUnits(units), seed)
        .orElseThrow();
    double seconds = (System.nanoTime() - t0) / 1e9;
    generationSeconds = seconds;
    say("Generated the demo company for %,d units in %.1f s: %,d communities, %,d buildings, %,d units,"
        + " %,d owners", units, seconds, summary.communities(), summary.buildings(), summary.units(),
        summary.owners());
    return String.format(Locale.ROOT, "generated in %.1f s (%,d owners)", seconds, summary.owners());
  }

  /** Leaves the estate and removes what an earlier benchmark billed, so runs start from nothing. */
  private void clearBilling() {
    jdbc.execute("DROP TABLE IF EXISTS bill_raw");
    jdbc.execute("DROP TABLE IF EXISTS bill_raw_nofk");
    jdbc.execute("TRUNCATE money_effect, rollup_day, rollup_month, bill, bill_run, fee_rate, fee_item CASCADE");
    jdbc.execute("VACUUM ANALYZE");
  }

  private List<Long> twoPerSquareMetreItems(Community community) {
    LocalDate from = LocalDate.of(2020, 1, 1);
    FeeItem service = feeItems.create(community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15,
        true, true);
    feeItems.addRate(service.id(), UnitUse.RESIDENTIAL, from, new BigDecimal("2.80"));
    feeItems.addRate(service.id(), UnitUse.COMMERCIAL, from, new BigDecimal("4.50"));
    feeItems.addRate(service.id(), UnitUse.PARKING, from, new BigDecimal("1.20"));
    FeeItem energy = feeItems.create(community.id(), "公共能耗费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15,
        true, true);
    feeItems.addRate(energy.id(), UnitUse.RESIDENTIAL, from, new BigDecimal("0.35"));
    feeItems.addRate(energy.id(), UnitUse.COMMERCIAL, from, new BigDecimal("0.60"));
    feeItems.addRate(energy.id(), UnitUse.PARKING, from, new BigDecimal("0.10"));
    return List.of(service.id(), energy.id());
  }

  /**
   * A copy of {@code bill}: {@code LIKE ... INCLUDING ALL} brings columns, defaults, checks, the
   * primary and unique keys and the indexes; the foreign keys are added the same as on bill.
   * Each community gets a finished bill_run row of its own for the copy's run_id.
   */
  private void createRawTable(String table, boolean foreignKeys) {
    jdbc.execute("DROP TABLE IF EXISTS " + table);
    jdbc.execute("CREATE TABLE " + table + " (LIKE bill INCLUDING ALL)");
    if (foreignKeys) {
      for (String fk : jdbc.queryForList("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
          + " WHERE conrelid = 'bill'::regclass AND contype = 'f' ORDER BY conname", String.class)) {
        jdbc.execute("ALTER TABLE " + table + " ADD " + fk);
      }
    }
    long indexes = count("SELECT COUNT(*) FROM pg_indexes WHERE tablename = '" + table + "'");
    long billIndexes = count("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'bill'");
    long fks = count("SELECT COUNT(*) FROM pg_constraint WHERE conrelid = '" + table + "'::regclass AND contype = 'f'");
    long billFks = count("SELECT COUNT(*) FROM pg_constraint WHERE conrelid = 'bill'::regclass AND contype = 'f'");
    if (indexes != billIndexes || (foreignKeys && fks != billFks)) {
      throw new IllegalStateException(table + " is not an equal copy of bill");
    }
    if (foreignKeys) {
      say("%s: a copy of bill with its %d indexes and %d foreign keys", table, indexes, fks);
    }
  }

  /**
   * The month's bills in one statement, computed in SQL the way {@code BillCalculator} does: the
   * rate for the unit's use in force on the period's first day, area × rate × months rounded half
   * up to the fen, due on the item's due day, fee year from the community's start month.
   */
  private long[] rawInsert(String table, String period) {
    String sql = rawInsertSql(table, period);
    jdbc.execute("CHECKPOINT");
    long t0 = System.nanoTime();
    long rows = jdbc.update(sql);
    long nanos = System.nanoTime() - t0;
    jdbc.execute("VACUUM ANALYZE " + table);
    return new long[] {nanos, rows};
  }

  private static String rawInsertSql(String table, String period) {
    return """
        INSERT INTO %1$s (unit_id, building_id, fee_item_id, period, revision, amount, due_date, fee_year,
          basis_kind, basis_rate, basis_quantity, basis_months, status, run_id)
        SELECT u.id, u.building_id, fi.id, '%2$s', 0, ROUND(u.area * fr.rate * 1, 2), p.due, 
          CASE WHEN EXTRACT(MONTH FROM p.due) >= c.fee_year_start_month THEN EXTRACT(YEAR FROM p.due)
               ELSE EXTRACT(YEAR FROM p.due) - 1 END,
          fi.kind, fr.rate, u.area, 1, 'ISSUED', r.id
        FROM unit u
        JOIN building b ON b.id = u.building_id
        JOIN community c ON c.id = b.community_id
        JOIN fee_item fi ON fi.community_id = c.id
        CROSS JOIN LATERAL (SELECT MAKE_DATE(%3$d, %4$d, fi.due_day) AS due) p
        JOIN fee_rate fr ON fr.fee_item_id = fi.id AND fr.unit_use = u.unit_use
        JOIN bill_run r ON r.community_id = c.id AND r.period = '%2$s' AND r.fee_item_ids = '0'""".formatted(
        table, period, YearMonth.parse(period).getYear(), YearMonth.parse(period).getMonthValue());
  }

  private void check(String period, long bills, long rawRows) {
    long inBill = count("SELECT COUNT(*) FROM bill WHERE period = '" + period + "'");
    long differing = count("""
        SELECT COUNT(*) FROM bill b FULL JOIN bill_raw r USING (unit_id, fee_item_id, period, revision)
        WHERE b.id IS NULL OR r.id IS NULL OR b.amount <> r.amount OR b.due_date <> r.due_date
           OR b.fee_year <> r.fee_year OR b.basis_rate <> r.basis_rate OR b.basis_quantity <> r.basis_quantity
           OR b.building_id <> r.building_id OR b.basis_kind <> r.basis_kind""");
    long effects = count("SELECT COUNT(*) FROM money_effect WHERE kind = 'BILL_ISSUED'");
    long rollupMismatch = count("""
        SELECT COUNT(*) FROM (
          SELECT building_id, fee_year, SUM(amount) AS amount FROM bill GROUP BY building_id, fee_year) b
        FULL JOIN (
          SELECT building_id, fee_year, SUM(receivable) AS receivable FROM rollup_month
          GROUP BY building_id, fee_year) m USING (building_id, fee_year)
        FULL JOIN (
          SELECT building_id, fee_year, SUM(receivable) AS receivable FROM rollup_day
          GROUP BY building_id, fee_year) d USING (building_id, fee_year)
        WHERE b.amount IS DISTINCT FROM m.receivable OR b.amount IS DISTINCT FROM d.receivable""");
    long expected = 2L * count("SELECT COUNT(*) FROM unit");
    say("Checks: %,d bills (expected %,d), %,d raw rows, %d rows differing, %,d effects, %d rollup mismatches",
        inBill, expected, rawRows, differing, effects, rollupMismatch);
    if (inBill != bills || inBill != expected || rawRows != inBill || differing != 0 || effects != inBill
        || rollupMismatch != 0) {
      throw new IllegalStateException("the bill run and the raw insert did not write the same rows");
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private long count(String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
