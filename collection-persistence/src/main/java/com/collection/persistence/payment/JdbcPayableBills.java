package com.collection.persistence.payment;

import com.collection.core.ledger.BillRef;
import com.collection.core.payment.OpenBill;
import com.collection.core.payment.PayableBills;
import com.collection.core.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
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
  public void addPaid(long billId, Money delta) {
    // the check constraint ck_bill_paid refuses paying more than is outstanding
    jdbc.update("UPDATE bill SET paid = paid + ? WHERE id = ?", delta.amount(), billId);
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
    return new BillRef(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("building_id"), rs.getInt("fee_year"),
        rs.getDate("due_date").toLocalDate(), new Money(rs.getBigDecimal("amount")), rs.getBoolean("late_fee"));
  }
}
