package com.collection.persistence.ledger;

import com.collection.core.ledger.RollupDelta;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL: one {@code INSERT ... ON CONFLICT DO UPDATE} per row, batched. */
class PostgresRollupUpsert implements RollupUpsert {

  private final JdbcTemplate jdbc;

  PostgresRollupUpsert(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void addToDays(List<RollupDelta> deltas) {
    upsert("rollup_day", "business_date", deltas);
  }

  @Override
  public void addToMonths(List<RollupDelta> deltas) {
    upsert("rollup_month", "month_start", deltas);
  }

  private void upsert(String table, String dateColumn, List<RollupDelta> deltas) {
    jdbc.batchUpdate("INSERT INTO " + table + " (building_id, fee_year, " + dateColumn + ", receivable, collected)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (building_id, fee_year, " + dateColumn + ") DO UPDATE SET"
            + " receivable = " + table + ".receivable + EXCLUDED.receivable,"
            + " collected = " + table + ".collected + EXCLUDED.collected",
        deltas.stream().map(d -> new Object[] {d.buildingId(), d.feeYear(), Date.valueOf(d.businessDate()),
            d.receivable().amount(), d.collected().amount()}).toList());
  }
}
