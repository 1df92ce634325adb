package com.collection.persistence.statement;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.adjustment.Adjustments;
import com.collection.core.adjustment.AdjustmentView;
import com.collection.core.billing.BillStatus;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import com.collection.core.statement.LedgerSource;
import com.collection.core.statement.UnitHistory;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A unit's history in five indexed queries (bills, payments, allocations, credit lots, adjustments). */
@Repository
class JdbcLedgerSource implements LedgerSource {

  private final JdbcTemplate jdbc;
  private final Adjustments adjustments;

  JdbcLedgerSource(JdbcTemplate jdbc, Adjustments adjustments) {
    this.jdbc = jdbc;
    this.adjustments = adjustments;
  }

  @Override
  public UnitHistory historyOf(long unitId) {
    List<UnitHistory.BillRow> bills = jdbc.query("""
        SELECT b.id, fi.name AS fee_item_name, b.period, b.amount, b.due_date, b.late_fee, b.late_fee_of, b.status,
               b.void_reason, b.paid, b.adjusted
        FROM bill b JOIN fee_item fi ON fi.id = b.fee_item_id
        WHERE b.unit_id = ? ORDER BY b.id""", (rs, n) -> new UnitHistory.BillRow(rs.getLong("id"),
        rs.getString("fee_item_name"), rs.getString("period"), new Money(rs.getBigDecimal("amount")),
        rs.getDate("due_date").toLocalDate(), rs.getBoolean("late_fee"), nullableLong(rs, "late_fee_of"),
        BillStatus.valueOf(rs.getString("status")),
        rs.getString("void_reason"), new Money(rs.getBigDecimal("paid")), new Money(rs.getBigDecimal("adjusted"))),
        unitId);
    List<UnitHistory.PaymentRow> payments = jdbc.query("""
        SELECT id, amount, method, received_on, receipt_number, reversed_on, reversal_reason
        FROM payment WHERE unit_id = ? ORDER BY id""", (rs, n) -> {
          Date reversed = rs.getDate("reversed_on");
          return new UnitHistory.PaymentRow(rs.getLong("id"), new Money(rs.getBigDecimal("amount")),
              PaymentMethod.valueOf(rs.getString("method")), rs.getDate("received_on").toLocalDate(),
              rs.getString("receipt_number"), reversed == null ? null : reversed.toLocalDate(),
              rs.getString("reversal_reason"));
        }, unitId);
    List<UnitHistory.AllocationRow> allocations = jdbc.query("""
        SELECT id, payment_id, bill_id, amount, made_on, from_credit FROM allocation WHERE unit_id = ? ORDER BY id""",
        (rs, n) -> new UnitHistory.AllocationRow(rs.getLong("id"), rs.getLong("payment_id"), rs.getLong("bill_id"),
            new Money(rs.getBigDecimal("amount")), rs.getDate("made_on").toLocalDate(), rs.getBoolean("from_credit")),
        unitId);
    List<UnitHistory.CreditLotRow> lots = jdbc.query("""
        SELECT payment_id, original, remaining FROM credit_lot WHERE unit_id = ? ORDER BY id""",
        (rs, n) -> new UnitHistory.CreditLotRow(rs.getLong("payment_id"), new Money(rs.getBigDecimal("original")),
            new Money(rs.getBigDecimal("remaining"))), unitId);
    List<Adjustment> adjusted = adjustments.ofUnit(unitId).stream().map(AdjustmentView::adjustment).toList();
    return new UnitHistory(bills, payments, allocations, lots, adjusted);
  }

  private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
