package com.collection.persistence.arrears;

import static com.collection.persistence.arrears.JdbcArrearsCases.date;
import static com.collection.persistence.arrears.JdbcArrearsCases.localDate;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.CollectionAttempt;
import com.collection.core.arrears.CollectionAttempts;
import com.collection.core.arrears.Complaint;
import com.collection.core.arrears.Reached;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCollectionAttempts implements CollectionAttempts {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcCollectionAttempts(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  @Override
  public CollectionAttempt append(CollectionAttempt a, List<Long> promiseCovers) {
    return append(a, promiseCovers, null);
  }

  @Override
  public Optional<CollectionAttempt> byRequestKey(String requestKey) {
    return jdbc.query("SELECT * FROM collection_attempt WHERE request_key = ?", (rs, n) -> read(rs), requestKey)
        .stream().findFirst();
  }

  @Override
  public CollectionAttempt append(CollectionAttempt a, List<Long> promiseCovers, String requestKey) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO collection_attempt (case_id, unit_id, staff_id, channel, reached, said, attempted_at,
                 attempted_on, logged_at, counts, outcome, promised_date, complaint_what, complaint_words,
                 corrects_attempt_id, request_key)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setLong(1, a.caseId());
      insert.setLong(2, a.unitId());
      insert.setLong(3, a.staffId());
      insert.setString(4, a.channel().name());
      insert.setString(5, a.reached().name());
      insert.setString(6, a.said());
      insert.setTimestamp(7, Timestamp.from(a.at()));
      insert.setDate(8, Date.valueOf(a.day()));
      insert.setTimestamp(9, Timestamp.from(a.loggedAt()));
      insert.setBoolean(10, a.counts());
      insert.setString(11, a.outcome() == null ? null : a.outcome().name());
      insert.setDate(12, date(a.promisedDate()));
      insert.setString(13, a.complaint() == null ? null : a.complaint().what());
      insert.setString(14, a.complaint() == null ? null : a.complaint().ownerWords());
      if (a.correctsAttemptId() == null) {
        insert.setNull(15, Types.BIGINT);
      } else {
        insert.setLong(15, a.correctsAttemptId());
      }
      insert.setString(16, requestKey);
      return insert;
    }, key);
    long id = key.getKey().longValue();
    if (!promiseCovers.isEmpty()) {
      List<Object[]> rows = new ArrayList<>();
      for (long billId : promiseCovers) {
        rows.add(new Object[] {id, billId});
      }
      jdbc.batchUpdate("INSERT INTO promise_bill (attempt_id, bill_id) VALUES (?, ?)", rows);
    }
    return a.withId(id);
  }

  @Override
  public Optional<CollectionAttempt> byId(long id) {
    return jdbc.query("SELECT * FROM collection_attempt WHERE id = ?", (rs, n) -> read(rs), id).stream().findFirst();
  }

  @Override
  public int countingInWeek(long caseId, LocalDate monday) {
    Integer count = jdbc.queryForObject("""
        SELECT COUNT(*) FROM collection_attempt
        WHERE case_id = ? AND counts AND attempted_on BETWEEN ? AND ?""", Integer.class,
        caseId, Date.valueOf(monday), Date.valueOf(monday.plusDays(6)));
    return count == null ? 0 : count;
  }

  @Override
  public Map<Long, Integer> countingInWeek(Collection<Long> caseIds, LocalDate monday) {
    Map<Long, Integer> counts = new HashMap<>();
    if (caseIds.isEmpty()) {
      return counts;
    }
    named.query("""
        SELECT case_id, COUNT(*) AS n FROM collection_attempt
        WHERE case_id IN (:ids) AND counts AND attempted_on BETWEEN :monday AND :sunday
        GROUP BY case_id""",
        new MapSqlParameterSource("ids", List.copyOf(caseIds)).addValue("monday", Date.valueOf(monday))
            .addValue("sunday", Date.valueOf(monday.plusDays(6))),
        rs -> {
          counts.put(rs.getLong("case_id"), rs.getInt("n"));
        });
    return counts;
  }

  static CollectionAttempt read(ResultSet rs) throws SQLException {
    String outcome = rs.getString("outcome");
    String what = rs.getString("complaint_what");
    long corrects = rs.getLong("corrects_attempt_id");
    Long correctsId = rs.wasNull() ? null : corrects;
    return new CollectionAttempt(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"), rs.getLong("staff_id"),
        Channel.valueOf(rs.getString("channel")), Reached.valueOf(rs.getString("reached")), rs.getString("said"),
        rs.getTimestamp("attempted_at").toInstant(), localDate(rs, "attempted_on"),
        rs.getTimestamp("logged_at").toInstant(), outcome == null ? null : CaseCategory.valueOf(outcome),
        localDate(rs, "promised_date"), what == null ? null : new Complaint(what, rs.getString("complaint_words")),
        correctsId);
  }
}
