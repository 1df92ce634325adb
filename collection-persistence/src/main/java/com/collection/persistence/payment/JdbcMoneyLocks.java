package com.collection.persistence.payment;

import com.collection.core.payment.MoneyLocks;
import com.collection.core.shared.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Locks the unit's row ({@code SELECT ... FOR UPDATE}) until the transaction ends. A bill insert for
 * the unit takes a key-share lock on the same row through its foreign key, so bill runs and money
 * changes of one unit wait for each other as well.
 */
@Repository
class JdbcMoneyLocks implements MoneyLocks {

  private final JdbcTemplate jdbc;

  JdbcMoneyLocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void lockUnit(long unitId) {
    List<Long> found = jdbc.queryForList("SELECT id FROM unit WHERE id = ? FOR UPDATE", Long.class, unitId);
    if (found.isEmpty()) {
      throw new NotFoundException("unit", unitId);
    }
  }
}
