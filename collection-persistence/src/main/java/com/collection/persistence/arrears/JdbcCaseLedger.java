package com.collection.persistence.arrears;

import com.collection.core.arrears.CaseLedger;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The cases' view of the ledger: issued bills and what they still owe, read as they stand now. */
@Repository
class JdbcCaseLedger implements CaseLedger {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcCaseLedger(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public UnitArrears arrearsOf(long unitId, LocalDate today) {
    return jdbc.queryForObject("""
        SELECT u.id, u.building_id, c.case_opening_days,
               (SELECT MIN(b.due_date) FROM bill b WHERE b.unit_id = u.id AND b.status = 'ISSUED'
                  AND b.amount - b.paid - b.adjusted > 0 AND b.due_date < ?) AS oldest,
               (SELECT COALESCE(SUM(b.amount - b.paid - b.adjusted), 0) FROM bill b WHERE b.unit_id = u.id
                  AND b.status = 'ISSUED' AND b.amount - b.paid - b.adjusted > 0 AND b.due_date < ?) AS owed
        FROM unit u JOIN building bd ON bd.id = u.building_id JOIN community c ON c.id = bd.community_id
        WHERE u.id = ?""", (rs, n) -> {
          Date oldest = rs.getDate("oldest");
          return new UnitArrears(rs.getLong("id"), rs.getLong("building_id"),
              oldest == null ? null : oldest.toLocalDate(), new Money(rs.getBigDecimal("owed")),
              rs.getInt("case_opening_days"));
        }, Date.valueOf(today), Date.valueOf(today), unitId);
  }

  @Override
  public List<Long> unitsToOpen(LocalDate day) {
    // due date + N + 1 <= day, that is due date < day - N, with N the threshold of each community
    return perCommunity(day, "b.due_date < ?", 0);
  }

  @Override
  public List<Long> unitsCrossingOn(LocalDate day) {
    // due date + N + 1 = day
    return perCommunity(day, "b.due_date = ?", 1);
  }

  private List<Long> perCommunity(LocalDate day, String dueCondition, int extraDays) {
    java.util.TreeSet<Long> units = new java.util.TreeSet<>();
    List<Object[]> communities = jdbc.query("SELECT id, case_opening_days FROM community ORDER BY id",
        (rs, n) -> new Object[] {rs.getLong("id"), rs.getInt("case_opening_days")});
    for (Object[] community : communities) {
      LocalDate cutoff = day.minusDays((Integer) community[1] + extraDays);
      units.addAll(jdbc.queryForList("SELECT DISTINCT b.unit_id FROM bill b"
          + " JOIN building bd ON bd.id = b.building_id"
          + " WHERE bd.community_id = ? AND b.status = 'ISSUED' AND b.amount - b.paid - b.adjusted > 0"
          + " AND " + dueCondition
          + " AND NOT EXISTS (SELECT 1 FROM arrears_case ac WHERE ac.unit_id = b.unit_id AND ac.status = 'OPEN')",
          Long.class, community[0], Date.valueOf(cutoff)));
    }
    return new ArrayList<>(units);
  }

  @Override
  public DueBills dueOn(long unitId, LocalDate day) {
    List<Long> ids = new ArrayList<>();
    BigDecimal[] total = {BigDecimal.ZERO};
    jdbc.query("""
        SELECT id, amount - paid - adjusted AS outstanding FROM bill
        WHERE unit_id = ? AND status = 'ISSUED' AND amount - paid - adjusted > 0 AND due_date <= ?
        ORDER BY id""", rs -> {
          ids.add(rs.getLong("id"));
          total[0] = total[0].add(rs.getBigDecimal("outstanding"));
        }, unitId, Date.valueOf(day));
    return new DueBills(ids, new Money(total[0]));
  }

  @Override
  public boolean settled(List<Long> billIds) {
    if (billIds.isEmpty()) {
      return true;
    }
    Integer owing = named.queryForObject("""
        SELECT COUNT(*) FROM bill WHERE id IN (:ids) AND status = 'ISSUED' AND amount - paid - adjusted > 0""",
        new MapSqlParameterSource("ids", billIds), Integer.class);
    return owing == null || owing == 0;
  }
}
