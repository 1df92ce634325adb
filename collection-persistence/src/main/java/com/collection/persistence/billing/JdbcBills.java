package com.collection.persistence.billing;

import com.collection.core.billing.Bill;
import com.collection.core.billing.BillBasis;
import com.collection.core.billing.BillDraft;
import com.collection.core.billing.BillStatus;
import com.collection.core.billing.BillingPeriod;
import com.collection.core.billing.Bills;
import com.collection.core.billing.FeeKind;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Bills in JDBC batches. New bills go in with {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2
 * in PostgreSQL mode): the unique key (unit, fee item, period, revision) decides, so two runs of
 * the same period at once still write each bill once.
 */
@Repository
class JdbcBills implements Bills {

  private static final String INSERT = """
      INSERT INTO bill (unit_id, building_id, fee_item_id, period, revision, amount, due_date, fee_year,
        basis_kind, basis_rate, basis_quantity, basis_months, status, run_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?)
      ON CONFLICT DO NOTHING""";

  /**
   * PostgreSQL: a whole batch in one statement, its columns as arrays, and the new rows' keys back
   * from {@code RETURNING} (no second query to find what was written).
   */
  private static final String INSERT_UNNEST = """
      INSERT INTO bill (unit_id, building_id, fee_item_id, period, revision, amount, due_date, fee_year,
        basis_kind, basis_rate, basis_quantity, basis_months, status, run_id)
      SELECT unit_id, building_id, fee_item_id, period, revision, amount, due_date, fee_year,
        basis_kind, basis_rate, basis_quantity, basis_months, 'ISSUED', CAST(? AS BIGINT)
      FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS VARCHAR[]),
        CAST(? AS INTEGER[]), CAST(? AS NUMERIC[]), CAST(? AS DATE[]), CAST(? AS INTEGER[]), CAST(? AS VARCHAR[]),
        CAST(? AS NUMERIC[]), CAST(? AS NUMERIC[]), CAST(? AS INTEGER[]))
        AS d (unit_id, building_id, fee_item_id, period, revision, amount, due_date, fee_year,
          basis_kind, basis_rate, basis_quantity, basis_months)
      ON CONFLICT DO NOTHING
      RETURNING id, unit_id, fee_item_id, period, revision""";

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final boolean postgres;

  JdbcBills(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    this.named = named;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  @Override
  public List<Bill> insertNew(List<BillDraft> drafts, Long runId) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    if (postgres) {
      return insertUnnest(drafts, runId);
    }
    List<Object[]> rows = new ArrayList<>(drafts.size());
    for (BillDraft d : drafts) {
      rows.add(new Object[] {d.unitId(), d.buildingId(), d.feeItemId(), d.period().key(), d.revision(),
          d.amount().amount(), Date.valueOf(d.dueDate()), d.feeYear(), d.basis().kind().name(),
          d.basis().rate(), d.basis().quantity(), d.basis().months(), runId});
    }
    jdbc.batchUpdate(INSERT, rows);
    if (runId != null) {
      MapSqlParameterSource params = new MapSqlParameterSource("runId", runId)
          .addValue("units", drafts.stream().map(BillDraft::unitId).distinct().toList());
      return named.query("SELECT * FROM bill WHERE run_id = :runId AND unit_id IN (:units)", params,
          (rs, n) -> bill(rs));
    }
    List<Bill> written = new ArrayList<>();
    for (BillDraft d : drafts) {
      written.addAll(jdbc.query("SELECT * FROM bill WHERE unit_id = ? AND fee_item_id = ? AND period = ?"
              + " AND revision = ? AND run_id IS NULL", (rs, n) -> bill(rs),
          d.unitId(), d.feeItemId(), d.period().key(), d.revision()));
    }
    return written;
  }

  private List<Bill> insertUnnest(List<BillDraft> drafts, Long runId) {
    int n = drafts.size();
    Long[] unit = new Long[n];
    Long[] building = new Long[n];
    Long[] item = new Long[n];
    String[] period = new String[n];
    Integer[] revision = new Integer[n];
    BigDecimal[] amount = new BigDecimal[n];
    String[] due = new String[n];
    Integer[] feeYear = new Integer[n];
    String[] kind = new String[n];
    BigDecimal[] rate = new BigDecimal[n];
    BigDecimal[] quantity = new BigDecimal[n];
    Integer[] months = new Integer[n];
    Map<String, BillDraft> byKey = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      BillDraft d = drafts.get(i);
      unit[i] = d.unitId();
      building[i] = d.buildingId();
      item[i] = d.feeItemId();
      period[i] = d.period().key();
      revision[i] = d.revision();
      amount[i] = d.amount().amount();
      due[i] = d.dueDate().toString();
      feeYear[i] = d.feeYear();
      kind[i] = d.basis().kind().name();
      rate[i] = d.basis().rate();
      quantity[i] = d.basis().quantity();
      months[i] = d.basis().months();
      byKey.put(key(d.unitId(), d.feeItemId(), period[i], d.revision()), d);
    }
    return jdbc.execute((Connection connection) -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_UNNEST)) {
        if (runId == null) {
          insert.setNull(1, Types.BIGINT);
        } else {
          insert.setLong(1, runId);
        }
        insert.setArray(2, connection.createArrayOf("bigint", unit));
        insert.setArray(3, connection.createArrayOf("bigint", building));
        insert.setArray(4, connection.createArrayOf("bigint", item));
        insert.setArray(5, connection.createArrayOf("varchar", period));
        insert.setArray(6, connection.createArrayOf("int4", revision));
        insert.setArray(7, connection.createArrayOf("numeric", amount));
        insert.setArray(8, connection.createArrayOf("varchar", due));
        insert.setArray(9, connection.createArrayOf("int4", feeYear));
        insert.setArray(10, connection.createArrayOf("varchar", kind));
        insert.setArray(11, connection.createArrayOf("numeric", rate));
        insert.setArray(12, connection.createArrayOf("numeric", quantity));
        insert.setArray(13, connection.createArrayOf("int4", months));
        List<Bill> written = new ArrayList<>(n);
        try (ResultSet rs = insert.executeQuery()) {
          while (rs.next()) {
            BillDraft d = byKey.get(key(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5)));
            written.add(new Bill(rs.getLong(1), d.unitId(), d.buildingId(), d.feeItemId(), d.period(),
                d.revision(), d.amount(), d.dueDate(), d.feeYear(), d.basis(), BillStatus.ISSUED, Money.ZERO,
                Money.ZERO, null, null, false, null));
          }
        }
        return written;
      }
    });
  }

  private static String key(long unitId, long feeItemId, String period, int revision) {
    return unitId + ":" + feeItemId + ":" + period + ":" + revision;
  }

  @Override
  public Set<String> billedKeys(Collection<Long> unitIds, Collection<Long> feeItemIds, BillingPeriod period) {
    Set<String> keys = new HashSet<>();
    if (unitIds.isEmpty() || feeItemIds.isEmpty()) {
      return keys;
    }
    if (postgres) {
      // one array parameter, and a shape that can only be answered through the unique key: a
      // long IN list lets the planner (with a bill table grown since its last ANALYZE) pick the
      // fee-item index and filter the whole table instead
      jdbc.execute((Connection connection) -> {
        try (PreparedStatement query = connection.prepareStatement("""
            SELECT u.id, b.fee_item_id FROM unnest(CAST(? AS BIGINT[])) AS u (id)
            CROSS JOIN LATERAL (SELECT fee_item_id FROM bill WHERE unit_id = u.id
              AND fee_item_id = ANY (CAST(? AS BIGINT[])) AND period = ?) b""")) {
          query.setArray(1, connection.createArrayOf("bigint", unitIds.toArray(new Long[0])));
          query.setArray(2, connection.createArrayOf("bigint", feeItemIds.toArray(new Long[0])));
          query.setString(3, period.key());
          try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
              keys.add(rs.getLong(1) + ":" + rs.getLong(2));
            }
          }
          return null;
        }
      });
      return keys;
    }
    MapSqlParameterSource params = new MapSqlParameterSource("units", unitIds)
        .addValue("items", feeItemIds).addValue("period", period.key());
    named.query("SELECT DISTINCT unit_id, fee_item_id FROM bill WHERE unit_id IN (:units)"
        + " AND fee_item_id IN (:items) AND period = :period", params,
        rs -> {
          keys.add(rs.getLong(1) + ":" + rs.getLong(2));
        });
    return keys;
  }

  @Override
  public Optional<Bill> byId(long id) {
    return jdbc.query("SELECT * FROM bill WHERE id = ?", (rs, n) -> bill(rs), id).stream().findFirst();
  }

  @Override
  public Bill markVoided(Bill voided) {
    int rows = jdbc.update("""
        UPDATE bill SET status = 'VOIDED', void_reason = ?, voided_on = ?
        WHERE id = ? AND status = 'ISSUED' AND paid = 0 AND adjusted = 0
          AND NOT EXISTS (SELECT 1 FROM allocation WHERE bill_id = ?)
          AND NOT EXISTS (SELECT 1 FROM adjustment WHERE bill_id = ? AND decided_on IS NOT NULL
            AND status <> 'REJECTED')""", voided.voidReason(), Date.valueOf(voided.voidedOn()), voided.id(),
        voided.id(), voided.id());
    if (rows != 1) {
      throw new DomainException("bill.void.changed");
    }
    return byId(voided.id()).orElseThrow();
  }

  @Override
  public List<Bill> ofUnit(long unitId) {
    return jdbc.query("SELECT * FROM bill WHERE unit_id = ? ORDER BY due_date, fee_item_id, revision",
        (rs, n) -> bill(rs), unitId);
  }

  @Override
  public boolean hasMoneyHistory(long billId) {
    Boolean found = jdbc.queryForObject("""
        SELECT EXISTS (SELECT 1 FROM allocation WHERE bill_id = ?)
            OR EXISTS (SELECT 1 FROM adjustment WHERE bill_id = ? AND decided_on IS NOT NULL AND status <> 'REJECTED')""",
        Boolean.class, billId, billId);
    return Boolean.TRUE.equals(found);
  }

  @Override
  public int highestRevision(long unitId, long feeItemId, BillingPeriod period) {
    Integer max = jdbc.queryForObject("SELECT COALESCE(MAX(revision), -1) FROM bill WHERE unit_id = ?"
        + " AND fee_item_id = ? AND period = ?", Integer.class, unitId, feeItemId, period.key());
    return max == null ? -1 : max;
  }

  static Bill bill(ResultSet rs) throws SQLException {
    Date voidedOn = rs.getDate("voided_on");
    Date reopenedOn = rs.getDate("reopened_on");
    return new Bill(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("building_id"),
        rs.getLong("fee_item_id"), BillingPeriod.parse(rs.getString("period")), rs.getInt("revision"),
        new Money(rs.getBigDecimal("amount")), rs.getDate("due_date").toLocalDate(), rs.getInt("fee_year"),
        new BillBasis(FeeKind.valueOf(rs.getString("basis_kind")), rs.getBigDecimal("basis_rate"),
            rs.getBigDecimal("basis_quantity"), rs.getInt("basis_months")),
        BillStatus.valueOf(rs.getString("status")), new Money(rs.getBigDecimal("paid")),
        new Money(rs.getBigDecimal("adjusted")), rs.getString("void_reason"),
        voidedOn == null ? null : voidedOn.toLocalDate(), rs.getBoolean("late_fee"),
        reopenedOn == null ? null : reopenedOn.toLocalDate());
  }
}
