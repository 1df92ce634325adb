package com.collection.persistence.cashup;

import com.collection.core.cashup.CashUp;
import com.collection.core.cashup.CashUpEntry;
import com.collection.core.cashup.CashUpQueries;
import com.collection.core.cashup.DeskDay;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCashUpQueries implements CashUpQueries {

  /** A payment with what the report shows of it; {@code kind} and {@code status} come from the query. */
  static final String ENTRY_COLUMNS = """
      p.id AS payment_id, p.community_id, c.name AS community_name, p.receipt_number, p.method, p.amount,
      p.received_on, p.payer, b.name AS building_name, u.number AS unit_number""";
  static final String ENTRY_JOINS = """
      JOIN unit u ON u.id = p.unit_id JOIN building b ON b.id = u.building_id
      JOIN community c ON c.id = p.community_id""";

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcCashUpQueries(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public List<CashUpEntry> liveEntries(long staffId, LocalDate day) {
    Date date = Date.valueOf(day);
    return jdbc.query("SELECT 'PAYMENT' AS kind, p.status AS payment_status, " + ENTRY_COLUMNS
        + " FROM payment p " + ENTRY_JOINS + " WHERE p.recorded_by = ? AND p.recorded_on = ?"
        + " UNION ALL SELECT 'REVERSAL' AS kind, p.status AS payment_status, " + ENTRY_COLUMNS
        + " FROM payment p " + ENTRY_JOINS + " WHERE p.reversed_by = ? AND p.reversed_on = ?",
        (rs, n) -> entry(rs), staffId, date, staffId, date);
  }

  /** The row's amount is the payment's; a reversal counts it negative. */
  static CashUpEntry entry(ResultSet rs) throws SQLException {
    CashUpEntry.Kind kind = CashUpEntry.Kind.valueOf(rs.getString("kind").trim());
    Money amount = new Money(rs.getBigDecimal("amount").abs());
    return new CashUpEntry(rs.getLong("payment_id"), kind, rs.getLong("community_id"), rs.getString("community_name"),
        rs.getString("receipt_number"), PaymentMethod.valueOf(rs.getString("method")),
        kind == CashUpEntry.Kind.PAYMENT ? amount : amount.negate(), rs.getDate("received_on").toLocalDate(),
        Payment.Status.valueOf(rs.getString("payment_status").trim()), rs.getString("payer"),
        rs.getString("building_name"), rs.getString("unit_number"));
  }

  @Override
  public Page<DeskDay> desks(LocalDate day, PageRequest page) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("day", Date.valueOf(day));
    String people = """
        (SELECT recorded_by AS staff_id FROM payment WHERE recorded_on = :day
         UNION SELECT reversed_by FROM payment WHERE reversed_on = :day AND reversed_by IS NOT NULL
         UNION SELECT staff_id FROM cash_up WHERE work_day = :day) people""";
    Long total = named.queryForObject("SELECT COUNT(*) FROM " + people, params, Long.class);
    return Page.fetch(page, total == null ? 0 : total, request -> named.query("""
        SELECT s.id, s.display_name, cu.id AS cash_up_id, cu.status, cu.revision,
          r.entry_count, r.net_total, r.expected_cash, r.counted_cash, r.difference,
          (SELECT COUNT(*) FROM payment p WHERE p.recorded_by = s.id AND p.recorded_on = :day)
            + (SELECT COUNT(*) FROM payment p WHERE p.reversed_by = s.id AND p.reversed_on = :day) AS live_entries,
          (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.recorded_by = s.id AND p.recorded_on = :day)
            - (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.reversed_by = s.id AND p.reversed_on = :day)
            AS live_net
        """ + " FROM " + people + """
         JOIN staff s ON s.id = people.staff_id
        LEFT JOIN cash_up cu ON cu.staff_id = s.id AND cu.work_day = :day
        LEFT JOIN cash_up_revision r ON r.cash_up_id = cu.id AND r.revision = cu.revision
        ORDER BY s.display_name, s.id LIMIT :limit OFFSET :offset""",
        new MapSqlParameterSource(params.getValues()).addValue("limit", request.size())
            .addValue("offset", request.offset()), (rs, n) -> {
          long cashUpId = rs.getLong("cash_up_id");
          boolean submitted = !rs.wasNull();
          return new DeskDay(rs.getLong("id"), rs.getString("display_name"), rs.getInt("live_entries"),
              money(rs.getBigDecimal("live_net")), submitted ? cashUpId : null,
              submitted ? CashUp.Status.valueOf(rs.getString("status")) : null,
              submitted ? rs.getInt("revision") : null, submitted ? rs.getInt("entry_count") : null,
              submitted ? money(rs.getBigDecimal("net_total")) : null,
              submitted ? money(rs.getBigDecimal("expected_cash")) : null,
              submitted ? money(rs.getBigDecimal("counted_cash")) : null,
              submitted ? money(rs.getBigDecimal("difference")) : null);
        }));
  }

  @Override
  public Optional<String> staffName(long staffId) {
    return jdbc.query("SELECT display_name FROM staff WHERE id = ?", (rs, n) -> rs.getString(1), staffId)
        .stream().findFirst();
  }

  private static Money money(BigDecimal amount) {
    return new Money(amount);
  }
}
