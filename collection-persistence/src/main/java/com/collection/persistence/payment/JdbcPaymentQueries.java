package com.collection.persistence.payment;

import com.collection.core.payment.PaidBillLine;
import com.collection.core.payment.PaymentQueries;
import com.collection.core.shared.Money;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentQueries implements PaymentQueries {

  private final JdbcTemplate jdbc;

  JdbcPaymentQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PaidBillLine> linesOf(long paymentId) {
    return jdbc.query("""
        SELECT b.id, b.period, f.name, b.basis_kind, b.basis_rate, b.basis_quantity, b.basis_months, b.amount,
               a.amount AS paid, a.counts_from, a.from_credit, a.reversed_on
        FROM allocation a JOIN bill b ON b.id = a.bill_id JOIN fee_item f ON f.id = b.fee_item_id
        WHERE a.payment_id = ? ORDER BY a.id""", (rs, n) -> new PaidBillLine(rs.getLong("id"),
        rs.getString("period"), rs.getString("name"), rs.getString("basis_kind"), rs.getBigDecimal("basis_rate"),
        rs.getBigDecimal("basis_quantity"), rs.getInt("basis_months"), new Money(rs.getBigDecimal("amount")),
        new Money(rs.getBigDecimal("paid")), rs.getDate("counts_from").toLocalDate(), rs.getBoolean("from_credit"),
        rs.getDate("reversed_on") != null), paymentId);
  }

  @Override
  public String staffName(long staffId) {
    return jdbc.query("SELECT display_name FROM staff WHERE id = ?", (rs, n) -> rs.getString(1), staffId)
        .stream().findFirst().orElse("?");
  }
}
