package com.collection.persistence.cashup;

import com.collection.core.cashup.CashUp;
import com.collection.core.cashup.CashUpEntry;
import com.collection.core.cashup.CashUpFigures;
import com.collection.core.cashup.CashUpRevision;
import com.collection.core.cashup.CashUps;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * A report's head row (status, current revision, confirmation) and one frozen revision per
 * submission with the entries it counted. Changes to the head are guarded updates: only from
 * SUBMITTED at the revision the caller read, so of two concurrent changes one wins.
 */
@Repository
class JdbcCashUps implements CashUps {

  private final JdbcTemplate jdbc;

  JdbcCashUps(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<CashUp> byId(long id) {
    return load("cu.id = ?", id);
  }

  @Override
  public Optional<CashUp> of(long staffId, LocalDate day) {
    return load("cu.staff_id = ? AND cu.work_day = ?", staffId, Date.valueOf(day));
  }

  private Optional<CashUp> load(String where, Object... args) {
    return jdbc.query("""
        SELECT cu.*, r.submitted_at, r.counted_cash, r.difference, r.reason
        FROM cash_up cu JOIN cash_up_revision r ON r.cash_up_id = cu.id AND r.revision = cu.revision
        """ + " WHERE " + where, (rs, n) -> head(rs), args).stream().findFirst()
        .map(head -> withFigures(head, CashUpFigures.of(entries(head.id(), head.revision()))));
  }

  @Override
  public CashUp insert(CashUp c) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO cash_up (staff_id, work_day, status, revision) VALUES (?, ?, ?, ?)", new String[] {"id"});
        insert.setLong(1, c.staffId());
        insert.setDate(2, Date.valueOf(c.day()));
        insert.setString(3, c.status().name());
        insert.setInt(4, c.revision());
        return insert;
      }, key);
    } catch (DuplicateKeyException e) {
      throw new DomainException("cashup.changed");
    }
    long id = key.getKey().longValue();
    insertRevision(id, c);
    return byId(id).orElseThrow();
  }

  @Override
  public boolean resubmit(CashUp next) {
    int updated = jdbc.update("UPDATE cash_up SET revision = ? WHERE id = ? AND status = 'SUBMITTED' AND revision = ?",
        next.revision(), next.id(), next.revision() - 1);
    if (updated == 1) {
      insertRevision(next.id(), next);
    }
    return updated == 1;
  }

  @Override
  public boolean confirm(CashUp confirmed) {
    return jdbc.update("""
        UPDATE cash_up SET status = 'CONFIRMED', confirmed_by = ?, confirmed_at = ?
        WHERE id = ? AND status = 'SUBMITTED' AND revision = ?""", confirmed.confirmedBy(),
        Timestamp.from(confirmed.confirmedAt()), confirmed.id(), confirmed.revision()) == 1;
  }

  @Override
  public List<CashUpRevision> revisions(long id) {
    return jdbc.query("SELECT * FROM cash_up_revision WHERE cash_up_id = ? ORDER BY revision",
        (rs, n) -> new CashUpRevision(rs.getInt("revision"), rs.getTimestamp("submitted_at").toInstant(),
            rs.getInt("entry_count"), new Money(rs.getBigDecimal("net_total")),
            new Money(rs.getBigDecimal("expected_cash")), new Money(rs.getBigDecimal("counted_cash")),
            new Money(rs.getBigDecimal("difference")), rs.getString("reason")), id);
  }

  private void insertRevision(long id, CashUp c) {
    CashUpFigures f = c.figures();
    jdbc.update("""
        INSERT INTO cash_up_revision (cash_up_id, revision, submitted_at, entry_count, payments_total,
          reversals_total, net_total, expected_cash, counted_cash, difference, reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, c.revision(), Timestamp.from(c.submittedAt()),
        f.entries().size(), f.paymentsTotal().amount(), f.reversalsTotal().amount(), f.netTotal().amount(),
        f.expectedCash().amount(), c.counted().amount(), c.difference().amount(), c.reason());
    jdbc.batchUpdate("""
        INSERT INTO cash_up_entry (cash_up_id, revision, payment_id, kind, community_id, receipt_number, method,
          amount, received_on, payment_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", f.entries(), 500,
        (ps, e) -> {
          ps.setLong(1, id);
          ps.setInt(2, c.revision());
          ps.setLong(3, e.paymentId());
          ps.setString(4, e.kind().name());
          ps.setLong(5, e.communityId());
          ps.setString(6, e.receiptNumber());
          ps.setString(7, e.method().name());
          ps.setBigDecimal(8, e.amount().amount());
          ps.setDate(9, Date.valueOf(e.receivedOn()));
          ps.setString(10, e.paymentStatus().name());
        });
  }

  /** The entries a revision froze; the payer and unit come from the payment, which never changes them. */
  private List<CashUpEntry> entries(long id, int revision) {
    return jdbc.query("""
        SELECT e.kind, e.payment_status, e.payment_id, e.community_id, c.name AS community_name, e.receipt_number,
          e.method, e.amount, e.received_on, p.payer, b.name AS building_name, u.number AS unit_number
        FROM cash_up_entry e JOIN payment p ON p.id = e.payment_id JOIN unit u ON u.id = p.unit_id
        JOIN building b ON b.id = u.building_id JOIN community c ON c.id = e.community_id
        WHERE e.cash_up_id = ? AND e.revision = ?""", (rs, n) -> JdbcCashUpQueries.entry(rs), id, revision);
  }

  private static CashUp head(ResultSet rs) throws SQLException {
    long confirmedBy = rs.getLong("confirmed_by");
    Long by = rs.wasNull() ? null : confirmedBy;
    Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
    return new CashUp(rs.getLong("id"), rs.getLong("staff_id"), rs.getDate("work_day").toLocalDate(),
        CashUp.Status.valueOf(rs.getString("status")), rs.getInt("revision"),
        rs.getTimestamp("submitted_at").toInstant(), CashUpFigures.of(List.of()),
        new Money(rs.getBigDecimal("counted_cash")), new Money(rs.getBigDecimal("difference")),
        rs.getString("reason"), by, confirmedAt == null ? null : confirmedAt.toInstant());
  }

  private static CashUp withFigures(CashUp c, CashUpFigures figures) {
    return new CashUp(c.id(), c.staffId(), c.day(), c.status(), c.revision(), c.submittedAt(), figures, c.counted(),
        c.difference(), c.reason(), c.confirmedBy(), c.confirmedAt());
  }
}
