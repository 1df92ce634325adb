package com.collection.persistence.arrears;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.CaseEvent;
import com.collection.core.arrears.CaseTimeline;
import com.collection.core.arrears.CollectionAttempt;
import com.collection.core.arrears.TimelineEntry;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A unit's timeline: its attempts, its case's events and its payments (a reversal is a line of its
 * own, on the day it was made), merged newest first. A unit's history is a few hundred lines at
 * most, so the three are read whole and paged in memory.
 */
@Repository
class JdbcCaseTimeline implements CaseTimeline {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  JdbcCaseTimeline(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Page<TimelineEntry> ofUnit(long unitId, PageRequest page) {
    List<TimelineEntry> all = new ArrayList<>();
    jdbc.query("""
        SELECT a.*, s.display_name AS actor FROM collection_attempt a JOIN staff s ON s.id = a.staff_id
        WHERE a.unit_id = ?""", rs -> {
          CollectionAttempt attempt = JdbcCollectionAttempts.read(rs);
          all.add(new TimelineEntry(attempt.at(), TimelineEntry.Kind.ATTEMPT, rs.getString("actor"), attempt, null,
              null, null));
        }, unitId);
    jdbc.query("""
        SELECT e.*, s.display_name AS actor FROM arrears_case_event e
        JOIN arrears_case ac ON ac.id = e.case_id JOIN staff s ON s.id = e.actor_id
        WHERE ac.unit_id = ?""", rs -> {
          String category = rs.getString("category");
          long attemptId = rs.getLong("attempt_id");
          Long attempt = rs.wasNull() ? null : attemptId;
          CaseEvent event = new CaseEvent(rs.getLong("id"), rs.getLong("case_id"),
              CaseEvent.Kind.valueOf(rs.getString("kind")), JdbcArrearsCases.localDate(rs, "on_date"),
              rs.getTimestamp("happened_at").toInstant(), rs.getLong("actor_id"),
              category == null ? null : CaseCategory.valueOf(category),
              JdbcArrearsCases.localDate(rs, "promised_date"), attempt);
          all.add(new TimelineEntry(event.at(), TimelineEntry.Kind.EVENT, rs.getString("actor"), null, event, null,
              null));
        }, unitId);
    jdbc.query("""
        SELECT p.amount, p.receipt_number, p.recorded_at, p.reversed_on, rb.display_name AS recorder,
               vb.display_name AS reverser
        FROM payment p JOIN staff rb ON rb.id = p.recorded_by LEFT JOIN staff vb ON vb.id = p.reversed_by
        WHERE p.unit_id = ?""", rs -> {
          Money amount = new Money(rs.getBigDecimal("amount"));
          String receipt = rs.getString("receipt_number");
          all.add(new TimelineEntry(rs.getTimestamp("recorded_at").toInstant(), TimelineEntry.Kind.PAYMENT,
              rs.getString("recorder"), null, null, amount, receipt));
          Date reversedOn = rs.getDate("reversed_on");
          if (reversedOn != null) {
            all.add(new TimelineEntry(reversedOn.toLocalDate().atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant(),
                TimelineEntry.Kind.REVERSAL, rs.getString("reverser"), null, null, amount, receipt));
          }
        }, unitId);
    all.sort(Comparator.comparing(TimelineEntry::at).reversed());
    return Page.slice(all, page);
  }

  @Override
  public List<CollectionAttempt> latestAttempts(long caseId, int limit) {
    return jdbc.query("SELECT * FROM collection_attempt WHERE case_id = ? ORDER BY attempted_at DESC, id DESC LIMIT ?",
        (rs, n) -> JdbcCollectionAttempts.read(rs), caseId, limit);
  }
}
