package com.collection.persistence.adjustment;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.AdjustmentStatus;
import com.collection.core.adjustment.AdjustmentView;
import com.collection.core.adjustment.Adjustments;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAdjustments implements Adjustments {

  /** An adjustment with its bill, unit and people, for the pages. */
  private static final String VIEW = """
      SELECT a.*, c.name AS community_name, bd.name AS building_name, u.number AS unit_number,
             fi.name AS fee_item_name, b.period, b.amount AS bill_amount,
             CASE WHEN b.status = 'ISSUED' THEN b.amount - b.paid - b.adjusted ELSE 0 END AS bill_outstanding,
             rq.display_name AS requested_by_name, dc.display_name AS decided_by_name,
             ct.display_name AS countered_by_name
      FROM adjustment a
      JOIN bill b ON b.id = a.bill_id
      JOIN fee_item fi ON fi.id = b.fee_item_id
      JOIN unit u ON u.id = a.unit_id
      JOIN building bd ON bd.id = u.building_id
      JOIN community c ON c.id = bd.community_id
      JOIN staff rq ON rq.id = a.requested_by
      LEFT JOIN staff dc ON dc.id = a.decided_by
      LEFT JOIN staff ct ON ct.id = a.countered_by
      """;

  private final JdbcTemplate jdbc;

  JdbcAdjustments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Adjustment insert(Adjustment a) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO adjustment (bill_id, unit_id, kind, amount, reason, status, requested_by, requested_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setLong(1, a.billId());
      insert.setLong(2, a.unitId());
      insert.setString(3, a.kind().name());
      insert.setBigDecimal(4, a.amount().amount());
      insert.setString(5, a.reason());
      insert.setString(6, a.status().name());
      insert.setLong(7, a.requestedBy());
      insert.setTimestamp(8, Timestamp.from(a.requestedAt()));
      return insert;
    }, key);
    return byId(key.getKey().longValue()).orElseThrow();
  }

  @Override
  public Optional<Adjustment> byId(long id) {
    return jdbc.query("SELECT * FROM adjustment WHERE id = ?", (rs, n) -> adjustment(rs), id).stream().findFirst();
  }

  @Override
  public boolean update(Adjustment a, AdjustmentStatus expected) {
    return jdbc.update("""
        UPDATE adjustment SET status = ?, decided_by = ?, decided_at = ?, decided_on = ?, decision_note = ?,
          countered_by = ?, countered_at = ?, countered_on = ?, counter_reason = ?
        WHERE id = ? AND status = ?""", a.status().name(), a.decidedBy(), timestamp(a.decidedAt()),
        date(a.decidedOn()), a.decisionNote(), a.counteredBy(), timestamp(a.counteredAt()), date(a.counteredOn()),
        a.counterReason(), a.id(), expected.name()) == 1;
  }

  @Override
  public void applyToBill(long billId, Money amount) {
    int rows = jdbc.update("UPDATE bill SET adjusted = adjusted + ? WHERE id = ? AND status = 'ISSUED'"
        + " AND amount - paid - adjusted >= ?", amount.amount(), billId, amount.amount());
    if (rows != 1) {
      throw new DomainException("adjustment.bill.changed");
    }
  }

  @Override
  public void restoreToBill(long billId, Money amount, LocalDate on) {
    int rows = jdbc.update("UPDATE bill SET adjusted = adjusted - ?, reopened_on = CASE WHEN reopened_on IS NULL"
        + " OR reopened_on < ? THEN ? ELSE reopened_on END WHERE id = ? AND status = 'ISSUED' AND adjusted >= ?",
        amount.amount(), Date.valueOf(on), Date.valueOf(on), billId, amount.amount());
    if (rows != 1) {
      throw new DomainException("adjustment.bill.changed");
    }
  }

  @Override
  public List<AdjustmentView> ofUnit(long unitId) {
    return jdbc.query(VIEW + " WHERE a.unit_id = ? ORDER BY a.id", (rs, n) -> view(rs), unitId);
  }

  @Override
  public Page<AdjustmentView> pending(PageRequest page) {
    return Page.fetch(page, pendingCount(), request -> jdbc.query(VIEW
        + " WHERE a.status = 'PENDING' ORDER BY a.requested_at, a.id LIMIT ? OFFSET ?", (rs, n) -> view(rs),
        request.size(), request.offset()));
  }

  @Override
  public long pendingCount() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM adjustment WHERE status = 'PENDING'", Long.class);
    return count == null ? 0 : count;
  }

  private static AdjustmentView view(ResultSet rs) throws SQLException {
    return new AdjustmentView(adjustment(rs), rs.getString("community_name"), rs.getString("building_name"),
        rs.getString("unit_number"), rs.getString("fee_item_name"), rs.getString("period"),
        new Money(rs.getBigDecimal("bill_amount")), new Money(rs.getBigDecimal("bill_outstanding")),
        rs.getString("requested_by_name"), rs.getString("decided_by_name"), rs.getString("countered_by_name"));
  }

  static Adjustment adjustment(ResultSet rs) throws SQLException {
    return new Adjustment(rs.getLong("id"), rs.getLong("bill_id"), rs.getLong("unit_id"),
        AdjustmentKind.valueOf(rs.getString("kind")), new Money(rs.getBigDecimal("amount")), rs.getString("reason"),
        AdjustmentStatus.valueOf(rs.getString("status")), rs.getLong("requested_by"),
        instant(rs, "requested_at"), nullableLong(rs, "decided_by"), instant(rs, "decided_at"),
        localDate(rs, "decided_on"), rs.getString("decision_note"), nullableLong(rs, "countered_by"),
        instant(rs, "countered_at"), localDate(rs, "countered_on"), rs.getString("counter_reason"));
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
