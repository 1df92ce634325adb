package com.collection.persistence.ledger;

import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.NotFoundException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Locks the unit's row ({@code SELECT ... FOR UPDATE}) until the transaction ends. A bill or money
 * effect insert for the unit takes a key-share lock on the same row through its foreign key, which
 * waits for this lock too. Several units are locked by one statement in ascending id order (the
 * locking clause locks rows in the order the sort returns them).
 *
 * <p>The units this transaction locked are kept in a record bound to the transaction (a
 * synchronization resource, suspended with its transaction while a REQUIRES_NEW one runs inside it,
 * dropped when it ends), which {@link #holds} answers from.
 */
@Repository
class JdbcMoneyLocks implements MoneyLocks {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final boolean postgres;

  JdbcMoneyLocks(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    this.named = named;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  @Override
  public void lockUnit(long unitId) {
    Held held = held();
    if (held.units.contains(unitId)) {
      return;
    }
    List<Long> found = jdbc.queryForList("SELECT id FROM unit WHERE id = ? FOR UPDATE", Long.class, unitId);
    if (found.isEmpty()) {
      throw new NotFoundException("unit", unitId);
    }
    held.units.add(unitId);
  }

  @Override
  public void lockUnits(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return;
    }
    Held held = held();
    TreeSet<Long> wanted = new TreeSet<>(unitIds);
    wanted.removeAll(held.units);
    if (wanted.isEmpty()) {
      return;
    }
    List<Long> found;
    if (postgres) {
      found = jdbc.query("SELECT id FROM unit WHERE id = ANY (?) ORDER BY id FOR UPDATE", statement -> {
        Array ids = statement.getConnection().createArrayOf("bigint", wanted.toArray(new Long[0]));
        statement.setArray(1, ids);
      }, (rs, n) -> rs.getLong(1));
    } else {
      found = named.queryForList("SELECT id FROM unit WHERE id IN (:ids) ORDER BY id FOR UPDATE",
          new MapSqlParameterSource("ids", new ArrayList<>(wanted)), Long.class);
    }
    if (found.size() != wanted.size()) {
      wanted.removeAll(found);
      throw new NotFoundException("unit", wanted.first());
    }
    held.units.addAll(found);
  }

  @Override
  public boolean holds(long unitId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return false;
    }
    Held held = (Held) TransactionSynchronizationManager.getResource(this);
    return held != null && held.units.contains(unitId);
  }

  /** This transaction's record, made at its first lock. */
  private Held held() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("A unit's money lock lasts as long as its transaction: there is none");
    }
    Held held = (Held) TransactionSynchronizationManager.getResource(this);
    if (held == null) {
      held = new Held(this);
      TransactionSynchronizationManager.bindResource(this, held);
      TransactionSynchronizationManager.registerSynchronization(held);
    }
    return held;
  }

  /** The units one transaction locked; unbound while the transaction is suspended and when it ends. */
  private static final class Held implements TransactionSynchronization {

    private final Object key;
    private final Set<Long> units = new HashSet<>();

    Held(Object key) {
      this.key = key;
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(key);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(key, this);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
  }
}
