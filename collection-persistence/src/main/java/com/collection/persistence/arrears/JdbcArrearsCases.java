package com.collection.persistence.arrears;

import com.collection.core.arrears.ArrearsCase;
import com.collection.core.arrears.ArrearsCases;
import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.CaseStatus;
import com.collection.core.arrears.FollowUp;
import com.collection.core.arrears.FollowUpReason;
import com.collection.core.arrears.Promise;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcArrearsCases implements ArrearsCases {

  private final JdbcTemplate jdbc;

  JdbcArrearsCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ArrearsCase> byId(long id) {
    return jdbc.query("SELECT * FROM arrears_case WHERE id = ?", (rs, n) -> read(rs), id).stream().findFirst();
  }

  @Override
  public Optional<ArrearsCase> latestOfUnit(long unitId) {
    return jdbc.query("SELECT * FROM arrears_case WHERE unit_id = ?", (rs, n) -> read(rs), unitId).stream().findFirst();
  }

  @Override
  public ArrearsCase insert(ArrearsCase c) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO arrears_case (unit_id, building_id, status, opened_on, category, category_since,
                                    follow_up_on, follow_up_reason, follow_up_about, follow_up_count,
                                    oldest_due_date, owed)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setLong(1, c.unitId());
      insert.setLong(2, c.buildingId());
      insert.setString(3, c.status().name());
      insert.setDate(4, Date.valueOf(c.openedOn()));
      insert.setString(5, c.category().name());
      insert.setDate(6, Date.valueOf(c.since()));
      insert.setDate(7, Date.valueOf(c.followUp().date()));
      insert.setString(8, c.followUp().reason().name());
      insert.setDate(9, date(c.followUp().about()));
      insert.setInt(10, c.followUp().count());
      insert.setDate(11, date(c.oldestDueDate()));
      insert.setBigDecimal(12, c.owed().amount());
      return insert;
    }, key);
    return byId(key.getKey().longValue()).orElseThrow();
  }

  @Override
  public void update(ArrearsCase c) {
    Promise p = c.promise();
    FollowUp f = c.followUp();
    int changed = jdbc.update("""
        UPDATE arrears_case SET version = version + 1, status = ?, opened_on = ?, closed_on = ?, category = ?,
               category_since = ?, category_at = ?, category_attempt_id = ?, promised_date = ?, promise_made_on = ?,
               promise_due = ?, broken_promise_on = ?, last_counting_attempt = ?, counting_attempts = ?,
               attempts = ?, follow_up_on = ?, follow_up_reason = ?, follow_up_about = ?, follow_up_count = ?,
               oldest_due_date = ?, owed = ?
        WHERE id = ? AND version = ?""",
        c.status().name(), date(c.openedOn()), date(c.closedOn()), c.category().name(), date(c.since()),
        c.categoryAt() == null ? null : Timestamp.from(c.categoryAt()),
        c.categoryAttemptId(), p == null ? null : date(p.promisedDate()),
        p == null ? null : date(p.madeOn()), p == null ? null : p.dueWhenMade().amount(),
        date(c.brokenPromiseOn()), date(c.lastCountingAttempt()), c.countingAttempts(), c.attempts(),
        date(f.date()), f.reason().name(), date(f.about()), f.count(), date(c.oldestDueDate()), c.owed().amount(),
        c.id(), c.version());
    if (changed != 1) {
      throw new DomainException("arrears.case.changed");
    }
  }

  @Override
  public boolean updateFollowUp(ArrearsCase c) {
    FollowUp f = c.followUp();
    return jdbc.update("""
        UPDATE arrears_case SET version = version + 1, follow_up_on = ?, follow_up_reason = ?, follow_up_about = ?,
               follow_up_count = ?
        WHERE id = ? AND version = ? AND status = 'OPEN'""",
        date(f.date()), f.reason().name(), date(f.about()), f.count(), c.id(), c.version()) == 1;
  }

  @Override
  public List<Long> withEndedPromise(LocalDate day) {
    return jdbc.queryForList("""
        SELECT id FROM arrears_case
        WHERE status = 'OPEN' AND category = 'PAY_SOON' AND promised_date < ? ORDER BY id""",
        Long.class, Date.valueOf(day));
  }

  @Override
  public List<ArrearsCase> openAfter(long afterId, int limit) {
    return jdbc.query("SELECT * FROM arrears_case WHERE status = 'OPEN' AND id > ? ORDER BY id LIMIT ?",
        (rs, n) -> read(rs), afterId, limit);
  }

  private ArrearsCase read(ResultSet rs) throws SQLException {
    CaseCategory category = CaseCategory.valueOf(rs.getString("category"));
    Promise promise = null;
    long categoryAttemptId = rs.getLong("category_attempt_id");
    Long categoryAttempt = rs.wasNull() ? null : categoryAttemptId;
    if (category == CaseCategory.PAY_SOON) {
      List<Long> covered = categoryAttempt == null ? List.of()
          : jdbc.queryForList("SELECT bill_id FROM promise_bill WHERE attempt_id = ? ORDER BY bill_id", Long.class,
              categoryAttempt);
      promise = new Promise(localDate(rs, "promised_date"), localDate(rs, "promise_made_on"),
          new Money(rs.getBigDecimal("promise_due")), covered);
    }
    Timestamp categoryAt = rs.getTimestamp("category_at");
    FollowUp followUp = new FollowUp(localDate(rs, "follow_up_on"),
        FollowUpReason.valueOf(rs.getString("follow_up_reason")), localDate(rs, "follow_up_about"),
        rs.getInt("follow_up_count"));
    return ArrearsCase.load(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("building_id"), rs.getInt("version"),
        CaseStatus.valueOf(rs.getString("status")), localDate(rs, "opened_on"), localDate(rs, "closed_on"), category,
        localDate(rs, "category_since"), categoryAt == null ? null : categoryAt.toInstant(), categoryAttempt, promise,
        localDate(rs, "broken_promise_on"), localDate(rs, "last_counting_attempt"), rs.getInt("counting_attempts"),
        rs.getInt("attempts"), followUp, localDate(rs, "oldest_due_date"), new Money(rs.getBigDecimal("owed")));
  }

  static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }

  static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
