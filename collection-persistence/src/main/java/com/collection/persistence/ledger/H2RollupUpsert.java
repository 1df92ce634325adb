package com.collection.persistence.ledger;

import com.collection.core.ledger.RollupDelta;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** H2 (the zero-setup default): standard {@code MERGE}, batched. */
class H2RollupUpsert implements RollupUpsert {

  private final JdbcTemplate jdbc;

  H2RollupUpsert(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void addToDays(List<RollupDelta> deltas) {
    merge("rollup_day", "business_date", deltas);
  }

  @Override
  public void addToMonths(List<RollupDelta> deltas) {
    merge("rollup_month", "month_start", deltas);
  }

  private void merge(String table, String dateColumn, List<RollupDelta> deltas) {
    jdbc.batchUpdate("MERGE INTO " + table + " r USING (VALUES (CAST(? AS BIGINT), CAST(? AS INTEGER),"
            + " CAST(? AS DATE), CAST(? AS NUMERIC(16, 2)), CAST(? AS NUMERIC(16, 2))))"
            + " AS d (building_id, fee_year, on_date, receivable, collected)"
            + " ON r.building_id = d.building_id AND r.fee_year = d.fee_year AND r." + dateColumn + " = d.on_date"
            + " WHEN MATCHED THEN UPDATE SET receivable = r.receivable + d.receivable,"
            + " collected = r.collected + d.collected"
            + " WHEN NOT MATCHED THEN INSERT (building_id, fee_year, " + dateColumn + ", receivable, collected)"
            + " VALUES (d.building_id, d.fee_year, d.on_date, d.receivable, d.collected)",
        deltas.stream().map(d -> new Object[] {d.buildingId(), d.feeYear(), Date.valueOf(d.businessDate()),
            d.receivable().amount(), d.collected().amount()}).toList());
  }
}
