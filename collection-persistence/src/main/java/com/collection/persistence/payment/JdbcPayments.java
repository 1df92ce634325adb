package com.collection.persistence.payment;

import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.PaymentSummary;
import com.collection.core.payment.Payments;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPayments implements Payments {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcPayments(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public Payment insert(Payment p) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement("""
            INSERT INTO payment (unit_id, community_id, amount, method, payer, reference, received_on,
              recorded_at, recorded_on, recorded_by, receipt_number, status, idempotency_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
        insert.setLong(1, p.unitId());
        insert.setLong(2, p.communityId());
        insert.setBigDecimal(3, p.amount().amount());
        insert.setString(4, p.method().name());
        insert.setString(5, p.payer());
        if (p.reference() == null) {
          insert.setNull(6, Types.VARCHAR);
        } else {
          insert.setString(6, p.reference());
        }
        insert.setDate(7, Date.valueOf(p.receivedOn()));
        insert.setTimestamp(8, Timestamp.from(p.recordedAt()));
        insert.setDate(9, Date.valueOf(p.recordedOn()));
        insert.setLong(10, p.recordedBy());
        insert.setString(11, p.receiptNumber());
        insert.setString(12, p.status().name());
        insert.setString(13, p.idempotencyKey());
        return insert;
      }, key);
    } catch (DuplicateKeyException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("uk_payment_reference")) {
        throw DomainException.onField("reference", "payment.reference.duplicate", p.reference());
      }
      throw new DomainException("payment.duplicate");
    }
    return byId(key.getKey().longValue()).orElseThrow();
  }

  @Override
  public Optional<Payment> byId(long id) {
    return jdbc.query("SELECT * FROM payment WHERE id = ?", (rs, n) -> payment(rs), id).stream().findFirst();
  }

  @Override
  public Optional<Payment> byIdempotencyKey(String key) {
    return jdbc.query("SELECT * FROM payment WHERE idempotency_key = ?", (rs, n) -> payment(rs), key)
        .stream().findFirst();
  }

  @Override
  public boolean referenceTaken(PaymentMethod method, String reference) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE method = ? AND reference = ?",
        Integer.class, method.name(), reference);
    return n != null && n > 0;
  }

  @Override
  public void markReversed(Payment p) {
    int rows = jdbc.update("UPDATE payment SET status = ?, reversed_on = ?, reversal_reason = ?, reversed_by = ?"
        + " WHERE id = ? AND status = 'VALID'", p.status().name(), Date.valueOf(p.reversedOn()), p.reversalReason(),
        p.reversedBy(), p.id());
    if (rows != 1) {
      throw new DomainException("payment.reverse.already");
    }
  }

  @Override
  public List<Payment> ofUnit(long unitId) {
    return jdbc.query("SELECT * FROM payment WHERE unit_id = ? ORDER BY id", (rs, n) -> payment(rs), unitId);
  }

  @Override
  public Page<PaymentSummary> search(String text, Viewer viewer, PageRequest page) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("seesAll", viewer.seesAllBuildings()).addValue("staffId", viewer.staffId())
        .addValue("text", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%");
    String where = """
         FROM payment p JOIN unit u ON u.id = p.unit_id JOIN building b ON b.id = u.building_id
         JOIN community c ON c.id = p.community_id JOIN staff s ON s.id = p.recorded_by
         WHERE (:seesAll = TRUE OR b.id IN (SELECT sb.building_id FROM staff_building sb WHERE sb.staff_id = :staffId))
           AND (LOWER(p.receipt_number) LIKE :text OR LOWER(COALESCE(p.reference, '')) LIKE :text)""";
    Long total = named.queryForObject("SELECT COUNT(*)" + where, params, Long.class);
    return Page.fetch(page, total == null ? 0 : total, request -> named.query("SELECT p.*, c.name AS community_name,"
        + " b.name AS building_name, u.number AS unit_number, s.display_name AS collector " + where
        + " ORDER BY p.recorded_at DESC, p.id DESC LIMIT :limit OFFSET :offset",
        params.addValue("limit", request.size()).addValue("offset", request.offset()),
        (rs, n) -> new PaymentSummary(payment(rs), rs.getString("community_name"), rs.getString("building_name"),
            rs.getString("unit_number"), rs.getString("collector"))));
  }

  static Payment payment(ResultSet rs) throws SQLException {
    Date reversedOn = rs.getDate("reversed_on");
    long reversedBy = rs.getLong("reversed_by");
    Long by = rs.wasNull() ? null : reversedBy;
    return new Payment(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("community_id"),
        new Money(rs.getBigDecimal("amount")), PaymentMethod.valueOf(rs.getString("method")),
        rs.getString("payer"), rs.getString("reference"), rs.getDate("received_on").toLocalDate(),
        rs.getTimestamp("recorded_at").toInstant(), rs.getDate("recorded_on").toLocalDate(),
        rs.getLong("recorded_by"), rs.getString("receipt_number"), Payment.Status.valueOf(rs.getString("status")),
        reversedOn == null ? null : reversedOn.toLocalDate(), rs.getString("reversal_reason"), by,
        rs.getString("idempotency_key"));
  }
}
