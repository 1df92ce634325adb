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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBillRuns implements BillRuns {

  private final JdbcTemplate jdbc;

  JdbcBillRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public BillRun start(long communityId, BillingPeriod period, List<Long> feeItemIds, long unitsTotal,
      Long startedBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO bill_run (community_id, period,"
          + " fee_item_ids, status, units_total, started_at, started_by) VALUES (?, ?, ?, 'RUNNING', ?, ?, ?)",
          new String[] {"id"});
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
      return insert;
    }, key);
    return byId(key.getKey().longValue()).orElseThrow();
  }

  @Override
  public void progress(long runId, long unitsDone, long billsWritten, Money amountWritten) {
    jdbc.update("UPDATE bill_run SET units_done = ?, bills_written = ?, total_amount = ? WHERE id = ?",
        unitsDone, billsWritten, amountWritten.amount(), runId);
  }

  @Override
  public void finish(long runId, BillRun.BillRunStatus status, Instant now) {
    jdbc.update("UPDATE bill_run SET status = ?, finished_at = ? WHERE id = ?", status.name(),
        Timestamp.from(now), runId);
  }

  @Override
  public Optional<BillRun> byId(long runId) {
    return jdbc.query("SELECT * FROM bill_run WHERE id = ?", (rs, n) -> run(rs), runId).stream().findFirst();
  }

  @Override
  public Page<BillRun> ofCommunity(Long communityId, PageRequest page) {
    String where = communityId == null ? "" : " WHERE community_id = " + communityId;
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM bill_run" + where, Long.class);
    List<BillRun> runs = jdbc.query("SELECT * FROM bill_run" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
        (rs, n) -> run(rs), page.size(), page.offset());
    return Page.of(runs, page, total == null ? 0 : total);
  }

  private static BillRun run(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    long startedBy = rs.getLong("started_by");
    Long by = rs.wasNull() ? null : startedBy;
    return new BillRun(rs.getLong("id"), rs.getLong("community_id"), rs.getString("period"),
        Arrays.stream(rs.getString("fee_item_ids").split(",")).map(Long::valueOf).toList(),
        BillRun.BillRunStatus.valueOf(rs.getString("status")), rs.getLong("units_total"),
        rs.getLong("units_done"), rs.getLong("bills_written"), new Money(rs.getBigDecimal("total_amount")),
        rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), by);
  }
}
