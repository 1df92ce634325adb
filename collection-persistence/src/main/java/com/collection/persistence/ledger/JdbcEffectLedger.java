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
  private final boolean postgres;

  JdbcEffectLedger(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      this.postgres = "PostgreSQL".equals(product);
      this.upsert = "PostgreSQL".equals(product) ? new PostgresRollupUpsert(jdbc) : new H2RollupUpsert(jdbc);
    }
  }

  @Override
  public void append(List<MoneyEffect> effects) {
    jdbc.batchUpdate("INSERT INTO money_effect (kind, business_date, recorded_on, unit_id, building_id,"
            + " fee_year, bill_id, receivable, collected, counts_in_rates, payment_id, adjustment_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        effects.stream().map(e -> new Object[] {e.kind().name(), Date.valueOf(e.businessDate()),
            Date.valueOf(e.recordedOn()), e.unitId(), e.buildingId(), e.feeYear(), e.billId(),
            e.receivable().amount(), e.collected().amount(), e.countsInRates(), e.paymentId(),
            e.adjustmentId()}).toList());
  }

  @Override
  public void apply(List<RollupDelta> daily, List<RollupDelta> monthly) {
    upsert.addToDays(daily);
    upsert.addToMonths(monthly);
  }

  /**
   * PostgreSQL: the whole list in one {@code INSERT ... SELECT FROM unnest(...)}, each column an
   * array (a bill run's batch of thousands of effects is one statement). Elsewhere: {@link #append}.
   * Only bills go in bulk, so the adjustment column stays empty here.
   */
  @Override
  public void appendInBulk(List<MoneyEffect> effects) {
    if (!postgres || effects.size() < 50) {
      append(effects);
      return;
    }
    int n = effects.size();
    String[] kind = new String[n];
    String[] businessDate = new String[n];
    String[] recordedOn = new String[n];
    Long[] unit = new Long[n];
    Long[] building = new Long[n];
    Integer[] feeYear = new Integer[n];
    Long[] bill = new Long[n];
    java.math.BigDecimal[] receivable = new java.math.BigDecimal[n];
    java.math.BigDecimal[] collected = new java.math.BigDecimal[n];
    Boolean[] counts = new Boolean[n];
    Long[] payment = new Long[n];
    for (int i = 0; i < n; i++) {
      MoneyEffect e = effects.get(i);
      kind[i] = e.kind().name();
      businessDate[i] = e.businessDate().toString();
      recordedOn[i] = e.recordedOn().toString();
      unit[i] = e.unitId();
      building[i] = e.buildingId();
      feeYear[i] = e.feeYear();
      bill[i] = e.billId();
      receivable[i] = e.receivable().amount();
      collected[i] = e.collected().amount();
      counts[i] = e.countsInRates();
      payment[i] = e.paymentId();
    }
    jdbc.execute((Connection connection) -> {
      try (java.sql.PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO money_effect (kind, business_date, recorded_on, unit_id, building_id, fee_year, bill_id,
            receivable, collected, counts_in_rates, payment_id)
          SELECT * FROM unnest(CAST(? AS VARCHAR[]), CAST(? AS DATE[]), CAST(? AS DATE[]), CAST(? AS BIGINT[]),
            CAST(? AS BIGINT[]), CAST(? AS INTEGER[]), CAST(? AS BIGINT[]), CAST(? AS NUMERIC[]),
            CAST(? AS NUMERIC[]), CAST(? AS BOOLEAN[]), CAST(? AS BIGINT[]))""")) {
        insert.setArray(1, connection.createArrayOf("varchar", kind));
        insert.setArray(2, connection.createArrayOf("varchar", businessDate));
        insert.setArray(3, connection.createArrayOf("varchar", recordedOn));
        insert.setArray(4, connection.createArrayOf("bigint", unit));
        insert.setArray(5, connection.createArrayOf("bigint", building));
        insert.setArray(6, connection.createArrayOf("int4", feeYear));
        insert.setArray(7, connection.createArrayOf("bigint", bill));
        insert.setArray(8, connection.createArrayOf("numeric", receivable));
        insert.setArray(9, connection.createArrayOf("numeric", collected));
        insert.setArray(10, connection.createArrayOf("bool", counts));
        insert.setArray(11, connection.createArrayOf("bigint", payment));
        return insert.executeUpdate();
      }
    });
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
