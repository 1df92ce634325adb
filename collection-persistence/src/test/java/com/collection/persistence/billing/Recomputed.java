package com.collection.persistence.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The collection-rate definitions written once more, in SQL over the source tables (bills,
 * adjustments), for the property-style checks to compare the rollups with.
 */
public final class Recomputed {

  private Recomputed() {
  }

  /**
   * Receivable as of a day: Σ (amount − adjusted as of the day) over the building's live bills of
   * the fee year due by then (late fees count in no rate); an adjustment counts from its decision
   * until its counter-entry.
   */
  public static BigDecimal receivable(JdbcTemplate jdbc, long buildingId, int feeYear, LocalDate asOf) {
    Date d = Date.valueOf(asOf);
    return jdbc.queryForObject("""
        SELECT (SELECT COALESCE(SUM(amount), 0) FROM bill WHERE building_id = ? AND fee_year = ?
                  AND status = 'ISSUED' AND late_fee = FALSE AND due_date <= ?)
             - (SELECT COALESCE(SUM(a.amount), 0) FROM adjustment a JOIN bill b ON b.id = a.bill_id
                WHERE b.building_id = ? AND b.fee_year = ? AND b.late_fee = FALSE AND b.due_date <= ?
                  AND a.status IN ('APPROVED', 'COUNTERED') AND a.decided_on <= ?
                  AND (a.countered_on IS NULL OR a.countered_on > ?))""", BigDecimal.class,
        buildingId, feeYear, d, buildingId, feeYear, d, d, d);
  }

  /**
   * Collected as of a day: Σ allocations over the same bills that count by then (from their
   * counts-from date, or the bill's due date if later) and are not reversed by then.
   */
  public static BigDecimal collected(JdbcTemplate jdbc, long buildingId, int feeYear, LocalDate asOf) {
    Date d = Date.valueOf(asOf);
    return jdbc.queryForObject("""
        SELECT COALESCE(SUM(a.amount), 0) FROM allocation a JOIN bill b ON b.id = a.bill_id
        WHERE b.building_id = ? AND b.fee_year = ? AND b.late_fee = FALSE AND b.due_date <= ?
          AND a.counts_from <= ? AND (a.reversed_on IS NULL OR a.reversed_on > ?)""", BigDecimal.class,
        buildingId, feeYear, d, d, d);
  }
}
