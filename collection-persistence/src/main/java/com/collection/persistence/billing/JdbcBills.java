package com.collection.persistence.billing;

import com.collection.core.billing.Bill;
import com.collection.core.billing.BillBasis;
import com.collection.core.billing.BillDraft;
import com.collection.core.billing.BillStatus;
import com.collection.core.billing.BillingPeriod;
import com.collection.core.billing.Bills;
import com.collection.core.billing.FeeKind;
import com.collection.core.shared.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcBills(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public List<Bill> insertNew(List<BillDraft> drafts, Long runId) {
    if (drafts.isEmpty()) {
      return List.of();
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

  @Override
  public Set<String> billedKeys(Collection<Long> unitIds, Collection<Long> feeItemIds, BillingPeriod period) {
    Set<String> keys = new HashSet<>();
    if (unitIds.isEmpty() || feeItemIds.isEmpty()) {
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
  public Optional<Bill> byIdForUpdate(long id) {
    return jdbc.query("SELECT * FROM bill WHERE id = ? FOR UPDATE", (rs, n) -> bill(rs), id).stream().findFirst();
  }

  @Override
  public Bill save(Bill bill) {
    jdbc.update("UPDATE bill SET status = ?, paid = ?, adjusted = ?, void_reason = ?, voided_on = ? WHERE id = ?",
        bill.status().name(), bill.paid().amount(), bill.adjusted().amount(), bill.voidReason(),
        bill.voidedOn() == null ? null : Date.valueOf(bill.voidedOn()), bill.id());
    return byId(bill.id()).orElseThrow();
  }

  @Override
  public List<Bill> ofUnit(long unitId) {
    return jdbc.query("SELECT * FROM bill WHERE unit_id = ? ORDER BY due_date, fee_item_id, revision",
        (rs, n) -> bill(rs), unitId);
  }

  @Override
  public int highestRevision(long unitId, long feeItemId, BillingPeriod period) {
    Integer max = jdbc.queryForObject("SELECT COALESCE(MAX(revision), -1) FROM bill WHERE unit_id = ?"
        + " AND fee_item_id = ? AND period = ?", Integer.class, unitId, feeItemId, period.key());
    return max == null ? -1 : max;
  }

  static Bill bill(ResultSet rs) throws SQLException {
    Date voidedOn = rs.getDate("voided_on");
    return new Bill(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("building_id"),
        rs.getLong("fee_item_id"), BillingPeriod.parse(rs.getString("period")), rs.getInt("revision"),
        new Money(rs.getBigDecimal("amount")), rs.getDate("due_date").toLocalDate(), rs.getInt("fee_year"),
        new BillBasis(FeeKind.valueOf(rs.getString("basis_kind")), rs.getBigDecimal("basis_rate"),
            rs.getBigDecimal("basis_quantity"), rs.getInt("basis_months")),
        BillStatus.valueOf(rs.getString("status")), new Money(rs.getBigDecimal("paid")),
        new Money(rs.getBigDecimal("adjusted")), rs.getString("void_reason"),
        voidedOn == null ? null : voidedOn.toLocalDate(), rs.getBoolean("late_fee"));
  }
}
