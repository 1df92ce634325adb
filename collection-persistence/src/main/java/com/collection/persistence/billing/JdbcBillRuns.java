package com.collection.persistence.billing;

import com.collection.core.billing.BillRun;
import com.collection.core.billing.BillRuns;
import com.collection.core.billing.BillingPeriod;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The record of bill runs. "One running run per community and period" is the unique key
 * {@code uk_bill_run_running} on (community, period, running), where {@code running} is TRUE only
 * while RUNNING: a second start inserts nothing ({@code ON CONFLICT DO NOTHING}).
 */
@Repository
class JdbcBillRuns implements BillRuns {

  /** The run's community's units up to its last unit: the units a resumed run has done. */
  private static final String UNITS_UP_TO_LAST = "SELECT COUNT(*) FROM unit u JOIN building b ON b.id = u.building_id"
      + " WHERE b.community_id = bill_run.community_id AND u.id <= bill_run.last_unit_id";

  private final JdbcTemplate jdbc;

  JdbcBillRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<BillRun> start(long communityId, BillingPeriod period, List<Long> feeItemIds, long unitsTotal,
      Long startedBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    int inserted = jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO bill_run (community_id, period,"
          + " fee_item_ids, status, running, units_total, started_at, started_by, attempt_started_at, progress_at)"
          + " VALUES (?, ?, ?, 'RUNNING', TRUE, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", new String[] {"id"});
      insert.setLong(1, communityId);
      insert.setString(2, period.key());
      insert.setString(3, feeItemIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
      insert.setLong(4, unitsTotal);
      insert.setTimestamp(5, Timestamp.from(now));
      if (startedBy == null) {
        insert.setNull(6, java.sql.Types.BIGINT);
      } else {
        insert.setLong(6, startedBy);
      }
      insert.setTimestamp(7, Timestamp.from(now));
      insert.setTimestamp(8, Timestamp.from(now));
      return insert;
    }, key);
    if (inserted == 0 || key.getKeyList().isEmpty()) {
      return Optional.empty();
    }
    return byId(key.getKey().longValue());
  }

  @Override
  public Optional<BillRun> running(long communityId, String period) {
    return jdbc.query("SELECT * FROM bill_run WHERE community_id = ? AND period = ? AND running = TRUE",
        (rs, n) -> run(rs), communityId, period).stream().findFirst();
  }

  @Override
  public boolean abandon(long runId, Instant noProgressSince, Instant now) {
    return jdbc.update("UPDATE bill_run SET status = 'FAILED', running = NULL, finished_at = ?"
        + " WHERE id = ? AND status = 'RUNNING' AND progress_at < ?", Timestamp.from(now), runId,
        Timestamp.from(noProgressSince)) == 1;
  }

  @Override
  public Reopened reopen(long runId, Instant noProgressSince, Instant now) {
    try {
      int updated = jdbc.update("""
          UPDATE bill_run SET status = 'RUNNING', running = TRUE, finished_at = NULL, attempt = attempt + 1,
            units_done = (%1$s), attempt_units_before = (%1$s),
            bills_written = (SELECT COUNT(*) FROM bill WHERE run_id = bill_run.id),
            total_amount = (SELECT COALESCE(SUM(amount), 0) FROM bill WHERE run_id = bill_run.id),
            attempt_started_at = ?, progress_at = ?
          WHERE id = ? AND (status = 'FAILED' OR (status = 'RUNNING' AND progress_at < ?))""".formatted(UNITS_UP_TO_LAST),
          Timestamp.from(now), Timestamp.from(now), runId, Timestamp.from(noProgressSince));
      return updated == 0 ? Reopened.NOT_RESUMABLE : Reopened.REOPENED;
    } catch (DuplicateKeyException anotherRunning) {
      return Reopened.ANOTHER_RUNNING;
    }
  }

  @Override
  public boolean claimBatch(long runId, int attempt, long lastUnitId, Instant now) {
    return jdbc.update("UPDATE bill_run SET progress_at = ? WHERE id = ? AND attempt = ? AND status = 'RUNNING'"
        + " AND last_unit_id = ?", Timestamp.from(now), runId, attempt, lastUnitId) == 1;
  }

  @Override
  public void progress(long runId, long lastUnitId, long unitsDone, long billsWritten, Money amountWritten,
      Instant now) {
    jdbc.update("UPDATE bill_run SET last_unit_id = ?, units_done = ?, bills_written = ?, total_amount = ?,"
        + " progress_at = ? WHERE id = ?", lastUnitId, unitsDone, billsWritten, amountWritten.amount(),
        Timestamp.from(now), runId);
  }

  @Override
  public void finish(long runId, int attempt, BillRun.BillRunStatus status, Instant now) {
    jdbc.update("UPDATE bill_run SET status = ?, running = NULL, finished_at = ?, progress_at = ?"
            + " WHERE id = ? AND attempt = ? AND status = 'RUNNING'", status.name(), Timestamp.from(now),
        Timestamp.from(now), runId, attempt);
  }

  @Override
  public Optional<BillRun> byId(long runId) {
    return jdbc.query("SELECT * FROM bill_run WHERE id = ?", (rs, n) -> run(rs), runId).stream().findFirst();
  }

  @Override
  public Page<BillRun> ofCommunity(Long communityId, PageRequest page) {
    // a null community means every community's runs
    String where = " WHERE (CAST(? AS BIGINT) IS NULL OR community_id = ?)";
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM bill_run" + where, Long.class, communityId, communityId);
    return Page.fetch(page, total == null ? 0 : total, request -> jdbc.query("SELECT * FROM bill_run" + where
        + " ORDER BY id DESC LIMIT ? OFFSET ?", (rs, n) -> run(rs), communityId, communityId, request.size(),
        request.offset()));
  }

  private static BillRun run(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    long startedBy = rs.getLong("started_by");
    Long by = rs.wasNull() ? null : startedBy;
    return new BillRun(rs.getLong("id"), rs.getLong("community_id"), rs.getString("period"),
        Arrays.stream(rs.getString("fee_item_ids").split(",")).map(Long::valueOf).toList(),
        BillRun.BillRunStatus.valueOf(rs.getString("status")), rs.getLong("units_total"),
        rs.getLong("units_done"), rs.getLong("bills_written"), new Money(rs.getBigDecimal("total_amount")),
        rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), by,
        rs.getLong("last_unit_id"), rs.getInt("attempt"), rs.getTimestamp("attempt_started_at").toInstant(),
        rs.getLong("attempt_units_before"), rs.getTimestamp("progress_at").toInstant());
  }
}
