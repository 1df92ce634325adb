package com.collection.persistence.ledger;

import com.collection.core.ledger.EffectLedger;
import com.collection.core.ledger.MoneyEffect;
import com.collection.core.ledger.RollupDelta;
import com.collection.core.shared.Money;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Money effects and rollups in JDBC batches; the rollup upsert is chosen by database. */
@Repository
class JdbcEffectLedger implements EffectLedger {

  private final JdbcTemplate jdbc;
  private final RollupUpsert upsert;

  JdbcEffectLedger(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      this.upsert = "PostgreSQL".equals(product) ? new PostgresRollupUpsert(jdbc) : new H2RollupUpsert(jdbc);
    }
  }

  @Override
  public void append(List<MoneyEffect> effects) {
    jdbc.batchUpdate("INSERT INTO money_effect (kind, business_date, recorded_on, unit_id, building_id,"
            + " fee_year, bill_id, receivable, collected, counts_in_rates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        effects.stream().map(e -> new Object[] {e.kind().name(), Date.valueOf(e.businessDate()),
            Date.valueOf(e.recordedOn()), e.unitId(), e.buildingId(), e.feeYear(), e.billId(),
            e.receivable().amount(), e.collected().amount(), e.countsInRates()}).toList());
  }

  @Override
  public void apply(List<RollupDelta> daily, List<RollupDelta> monthly) {
    upsert.addToDays(daily);
    upsert.addToMonths(monthly);
  }

  @Override
  public Totals asOf(long buildingId, int feeYear, LocalDate day) {
    LocalDate monthStart = day.withDayOfMonth(1);
    return jdbc.queryForObject("""
        SELECT COALESCE(SUM(receivable), 0), COALESCE(SUM(collected), 0) FROM (
          SELECT receivable, collected FROM rollup_month
           WHERE building_id = ? AND fee_year = ? AND month_start < ?
          UNION ALL
          SELECT receivable, collected FROM rollup_day
           WHERE building_id = ? AND fee_year = ? AND business_date BETWEEN ? AND ?) t""",
        (rs, n) -> new Totals(new Money(rs.getBigDecimal(1)), new Money(rs.getBigDecimal(2))),
        buildingId, feeYear, Date.valueOf(monthStart), buildingId, feeYear, Date.valueOf(monthStart),
        Date.valueOf(day));
  }
}
