package com.collection.core.arrears;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The daily case job: runs every day not done yet up to today, each in its own transaction and
 * dated that day, so days missed while the application was down are caught up in order (at most
 * {@link #MAX_CATCH_UP_DAYS} back). Scheduling (once a day, once across instances) is the web
 * module's; running it twice is harmless: a day is claimed once.
 */
@Service
public class RunDailyCaseJob {

  public static final int MAX_CATCH_UP_DAYS = 62;
  static final LocalTime RUNS_AT = LocalTime.of(0, 5);

  private final CaseJobDays days;
  private final DailyCaseSteps steps;
  private final Clock clock;

  public RunDailyCaseJob(CaseJobDays days, DailyCaseSteps steps, Clock clock) {
    this.days = days;
    this.steps = steps;
    this.clock = clock;
  }

  public List<DailyCaseSteps.DayReport> runUpToToday() {
    return runUpTo(LocalDate.now(clock));
  }

  /** Runs the days after the last one done (or just {@code today} on a first run) up to {@code today}. */
  public List<DailyCaseSteps.DayReport> runUpTo(LocalDate today) {
    LocalDate earliest = today.minusDays(MAX_CATCH_UP_DAYS);
    LocalDate first = days.lastDone().map(d -> d.plusDays(1)).orElse(today);
    if (first.isBefore(earliest)) {
      first = earliest;
    }
    List<DailyCaseSteps.DayReport> reports = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      Clock dated = day.equals(LocalDate.now(clock)) ? clock : CaseClocks.at(day, RUNS_AT, clock.getZone());
      reports.add(steps.run(day, dated));
    }
    return reports;
  }
}
