package com.collection.persistence.payment;

import com.collection.core.ledger.BillRef;
import com.collection.core.payment.OpenBill;
import com.collection.core.payment.PayableBills;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPayableBills implements PayableBills {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcPayableBills(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public List<OpenBill> openOfUnit(long unitId) {
    return jdbc.query("SELECT * FROM bill WHERE unit_id = ? AND status = 'ISSUED' AND amount - paid - adjusted > 0"
        + " ORDER BY due_date, fee_item_id, id", (rs, n) -> new OpenBill(ref(rs), rs.getLong("fee_item_id"),
        new Money(rs.getBigDecimal("amount").subtract(rs.getBigDecimal("paid")).subtract(rs.getBigDecimal("adjusted")))),
        unitId);
  }

  @Override
  public void addPaid(long billId, Money amount) {
    // the allocation was planned on this bill's state under the unit's lock; the WHERE clause makes
    // the write itself refuse a bill voided or paid meanwhile (ck_bill_paid would only catch the latter)
    int rows = jdbc.update("UPDATE bill SET paid = paid + ? WHERE id = ? AND status = 'ISSUED'"
        + " AND amount - paid - adjusted >= ?", amount.amount(), billId, amount.amount());
    if (rows != 1) {
      throw new DomainException("payment.bill.notPayable");
    }
  }

  @Override
  public void takePaid(long billId, Money amount, LocalDate on) {
    int rows = jdbc.update("UPDATE bill SET paid = paid - ?, reopened_on = CASE WHEN reopened_on IS NULL"
        + " OR reopened_on < ? THEN ? ELSE reopened_on END WHERE id = ? AND paid >= ?", amount.amount(),
        Date.valueOf(on), Date.valueOf(on), billId, amount.amount());
    if (rows != 1) {
      throw new DomainException("payment.reverse.changed");
    }
  }

  @Override
  public List<BillRef> refs(List<Long> billIds) {
    if (billIds.isEmpty()) {
      return List.of();
    }
    return named.query("SELECT * FROM bill WHERE id IN (:ids)", new MapSqlParameterSource("ids", billIds),
        (rs, n) -> ref(rs));
  }

  private static BillRef ref(ResultSet rs) throws SQLException {
    Date reopened = rs.getDate("reopened_on");
    return new BillRef(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("building_id"), rs.getInt("fee_year"),
        rs.getDate("due_date").toLocalDate(), new Money(rs.getBigDecimal("amount")), rs.getBoolean("late_fee"),
        reopened == null ? null : reopened.toLocalDate());
  }
}
