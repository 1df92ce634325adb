package com.collection.persistence.latefee;

import com.collection.core.billing.BillDraft;
import com.collection.core.latefee.LateFeeBills;
import com.collection.core.latefee.PrincipalChange;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The bill side of late fees, per unit: the accruing bills with their posted late-fee bills (one
 * query), and the principal changes of the units' bills, read from the allocation and adjustment
 * tables by unit (two queries, on their unit indexes).
 */
@Repository
class JdbcLateFeeBills implements LateFeeBills {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcLateFeeBills(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public List<AccruingBill> accruingBillsOfUnits(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return named.query("""
        SELECT b.id, b.unit_id, i.community_id, b.amount, b.due_date,
          lf.id AS posted_id, lf.amount AS posted_amount, lf.status AS posted_status
        FROM bill b
        JOIN fee_item i ON i.id = b.fee_item_id
        LEFT JOIN bill lf ON lf.late_fee_of = b.id
        WHERE b.unit_id IN (:units) AND b.status = 'ISSUED' AND b.late_fee = FALSE
        ORDER BY b.id""", new MapSqlParameterSource("units", unitIds), (rs, n) -> {
          long postedId = rs.getLong("posted_id");
          boolean posted = !rs.wasNull();
          return new AccruingBill(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("community_id"),
              new Money(rs.getBigDecimal("amount")), rs.getDate("due_date").toLocalDate(),
              posted ? postedId : null, posted ? new Money(rs.getBigDecimal("posted_amount")) : null,
              posted && "VOIDED".equals(rs.getString("posted_status")));
        });
  }

  @Override
  public List<PrincipalChange> principalChangesOfUnits(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource units = new MapSqlParameterSource("units", unitIds);
    List<PrincipalChange> changes = new ArrayList<>();
    // an allocation counts from counts_from and no longer from its reversal's date on
    named.query("SELECT bill_id, amount, counts_from, reversed_on FROM allocation WHERE unit_id IN (:units)",
        units, rs -> {
          changes.add(new PrincipalChange(rs.getLong("bill_id"), new Money(rs.getBigDecimal("amount")),
              rs.getDate("counts_from").toLocalDate(), date(rs.getDate("reversed_on"))));
        });
    // an adjustment counts from the day it was approved, and a countered one no longer from the
    // counter-entry's date on; pending and rejected ones never count
    named.query("SELECT bill_id, amount, decided_on, status, countered_on FROM adjustment"
        + " WHERE unit_id IN (:units) AND status IN ('APPROVED', 'COUNTERED')", units, rs -> {
          changes.add(new PrincipalChange(rs.getLong("bill_id"), new Money(rs.getBigDecimal("amount")),
              rs.getDate("decided_on").toLocalDate(),
              "COUNTERED".equals(rs.getString("status")) ? date(rs.getDate("countered_on")) : null));
        });
    return changes;
  }

  @Override
  public long insertLateFeeBill(BillDraft d, long lateFeeOf, Long postedBy) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement("""
            INSERT INTO bill (unit_id, building_id, fee_item_id, period, revision, amount, due_date, fee_year,
              basis_kind, basis_rate, basis_quantity, basis_months, status, late_fee, late_fee_of,
              late_fee_posted_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', TRUE, ?, ?)""", new String[] {"id"});
        insert.setLong(1, d.unitId());
        insert.setLong(2, d.buildingId());
        insert.setLong(3, d.feeItemId());
        insert.setString(4, d.period().key());
        insert.setInt(5, d.revision());
        insert.setBigDecimal(6, d.amount().amount());
        insert.setDate(7, Date.valueOf(d.dueDate()));
        insert.setInt(8, d.feeYear());
        insert.setString(9, d.basis().kind().name());
        insert.setBigDecimal(10, d.basis().rate());
        insert.setBigDecimal(11, d.basis().quantity() == null ? BigDecimal.ZERO : d.basis().quantity());
        insert.setInt(12, d.basis().months());
        insert.setLong(13, lateFeeOf);
        if (postedBy == null) {
          insert.setNull(14, Types.BIGINT);
        } else {
          insert.setLong(14, postedBy);
        }
        return insert;
      }, key);
    } catch (DuplicateKeyException e) {
      // uk_bill_late_fee_of: the bill already has its late-fee bill
      throw new DomainException("lateFee.post.already");
    }
    return key.getKey().longValue();
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
