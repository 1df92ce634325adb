package com.collection.persistence.arrears;

import static com.collection.persistence.arrears.JdbcArrearsCases.date;

import com.collection.core.arrears.CaseEvent;
import com.collection.core.arrears.CaseEvents;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCaseEvents implements CaseEvents {

  private final JdbcTemplate jdbc;

  JdbcCaseEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(CaseEvent e) {
    jdbc.update("""
        INSERT INTO arrears_case_event (case_id, kind, on_date, happened_at, actor_id, category, promised_date, attempt_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        e.caseId(), e.kind().name(), date(e.on()), Timestamp.from(e.at()), e.actorId(),
        e.category() == null ? null : e.category().name(), date(e.promisedDate()), e.attemptId());
  }
}
