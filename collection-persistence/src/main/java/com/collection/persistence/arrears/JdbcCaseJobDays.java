package com.collection.persistence.arrears;

import com.collection.core.arrears.CaseJobDays;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The job's days. Claiming inserts the day's row: a second transaction inserting the same day waits
 * on the primary key until the first commits and then inserts nothing, so each day is done once.
 */
@Repository
class JdbcCaseJobDays implements CaseJobDays {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  JdbcCaseJobDays(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<LocalDate> lastDone() {
    Date last = jdbc.queryForObject("SELECT MAX(job_day) FROM arrears_job_day", Date.class);
    return Optional.ofNullable(last).map(Date::toLocalDate);
  }

  @Override
  public boolean claim(LocalDate day) {
    // ON CONFLICT DO NOTHING (PostgreSQL, and H2 in its PostgreSQL mode): a second claimant waits for
    // the first to commit and then inserts nothing, without an error that would abort its transaction
    return jdbc.update("INSERT INTO arrears_job_day (job_day, done_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        Date.valueOf(day), Timestamp.from(clock.instant())) == 1;
  }
}
