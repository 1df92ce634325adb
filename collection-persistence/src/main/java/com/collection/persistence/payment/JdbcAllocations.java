package com.collection.persistence.payment;

import com.collection.core.payment.Allocation;
import com.collection.core.payment.Allocations;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAllocations implements Allocations {

  private final JdbcTemplate jdbc;

  JdbcAllocations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(List<Allocation> allocations) {
    jdbc.batchUpdate("INSERT INTO allocation (payment_id, bill_id, unit_id, amount, counts_from, made_on, from_credit)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        allocations.stream().map(a -> new Object[] {a.paymentId(), a.billId(), a.unitId(), a.amount().amount(),
            Date.valueOf(a.countsFrom()), Date.valueOf(a.madeOn()), a.fromCredit()}).toList());
  }

  @Override
  public List<Allocation> ofPayment(long paymentId) {
    return jdbc.query("SELECT * FROM allocation WHERE payment_id = ? ORDER BY id", (rs, n) -> {
      Date reversed = rs.getDate("reversed_on");
      return new Allocation(rs.getLong("id"), rs.getLong("payment_id"), rs.getLong("bill_id"),
          rs.getLong("unit_id"), new Money(rs.getBigDecimal("amount")), rs.getDate("counts_from").toLocalDate(),
          rs.getDate("made_on").toLocalDate(), rs.getBoolean("from_credit"),
          reversed == null ? null : reversed.toLocalDate());
    }, paymentId);
  }

  @Override
  public void markReversed(List<Long> allocationIds, LocalDate on) {
    int[] rows = jdbc.batchUpdate("UPDATE allocation SET reversed_on = ? WHERE id = ? AND reversed_on IS NULL",
        allocationIds.stream().map(id -> new Object[] {Date.valueOf(on), id}).toList());
    for (int n : rows) {
      // a driver may answer SUCCESS_NO_INFO (-2) for a batched statement: only 0 says "not updated"
      if (n == 0) {
        throw new DomainException("payment.reverse.already");
      }
    }
  }
}
