package com.collection.persistence.payment;

import com.collection.core.payment.CreditLot;
import com.collection.core.payment.CreditLots;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCreditLots implements CreditLots {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcCreditLots(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public CreditLot insert(CreditLot lot) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO credit_lot (payment_id, unit_id,"
          + " original, remaining, created_on) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setLong(1, lot.paymentId());
      insert.setLong(2, lot.unitId());
      insert.setBigDecimal(3, lot.original().amount());
      insert.setBigDecimal(4, lot.remaining().amount());
      insert.setDate(5, Date.valueOf(lot.createdOn()));
      return insert;
    }, key);
    return new CreditLot(key.getKey().longValue(), lot.paymentId(), lot.unitId(), lot.original(),
        lot.remaining(), lot.createdOn());
  }

  @Override
  public List<CreditLot> openOfUnit(long unitId) {
    return jdbc.query("SELECT * FROM credit_lot WHERE unit_id = ? AND remaining > 0 ORDER BY id",
        (rs, n) -> lot(rs), unitId);
  }

  @Override
  public Optional<CreditLot> ofPayment(long paymentId) {
    return jdbc.query("SELECT * FROM credit_lot WHERE payment_id = ?", (rs, n) -> lot(rs), paymentId)
        .stream().findFirst();
  }

  @Override
  public void use(long lotId, Money amount) {
    int rows = jdbc.update("UPDATE credit_lot SET remaining = remaining - ? WHERE id = ? AND remaining >= ?",
        amount.amount(), lotId, amount.amount());
    if (rows != 1) {
      throw new DomainException("payment.credit.changed");
    }
  }

  @Override
  public void empty(long lotId) {
    jdbc.update("UPDATE credit_lot SET remaining = 0 WHERE id = ?", lotId);
  }

  @Override
  public Set<Long> unitsWithCredit(Collection<Long> unitIds) {
    Set<Long> units = new HashSet<>();
    if (unitIds.isEmpty()) {
      return units;
    }
    named.query("SELECT DISTINCT unit_id FROM credit_lot WHERE remaining > 0 AND unit_id IN (:units)",
        new MapSqlParameterSource("units", unitIds), rs -> {
          units.add(rs.getLong(1));
        });
    return units;
  }

  private static CreditLot lot(ResultSet rs) throws SQLException {
    return new CreditLot(rs.getLong("id"), rs.getLong("payment_id"), rs.getLong("unit_id"),
        new Money(rs.getBigDecimal("original")), new Money(rs.getBigDecimal("remaining")),
        rs.getDate("created_on").toLocalDate());
  }
}
