package com.collection.persistence.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.arrears.ArrearsCase;
import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.CaseStatus;
import com.collection.core.arrears.DailyCaseSteps;
import com.collection.core.arrears.FollowUpReason;
import com.collection.core.arrears.RunDailyCaseJob;
import com.collection.persistence.MutableClock;
import com.collection.persistence.SecondInstance;
import com.collection.testsupport.PostgresTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily case job on PostgreSQL, with the clock moved day by day: it opens cases as time passes
 * (due on D, threshold N: on D + N + 1), judges promises the day after the promised date as the
 * system, catches missed days up in order, each transition dated its day, and runs a day once even
 * when two application instances run it at the same moment.
 */
@SpringBootTest
@PostgresTest
class DailyCaseJobOnPostgresTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired
  ApplicationContext context;
  @Autowired
  RunDailyCaseJob job;
  @Autowired
  DailyCaseSteps steps;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MutableClock clock;
  @Autowired
  Environment environment;
  @Autowired
  DataSource dataSource;

  /** The schema is shared by the tests of this context: each test starts the job's calendar afresh. */
  @BeforeEach
  void forgetJobDays() {
    jdbc.update("DELETE FROM arrears_job_day");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
    jdbc.update("DELETE FROM arrears_job_day");
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private List<DailyCaseSteps.DayReport> runOn(String today) {
    clock.setDay(day(today));
    return job.runUpToToday();
  }

  @Test
  void theJobOpensACaseTheDayAfterTheThresholdNotOnIt() {
    CaseFixture f = new CaseFixture(context);
    clock.setDay(day("2026-05-20"));
    f.bill("2026-05");   // the flat's bill is due 05-15
    assertThat(f.hasCase(f.flat())).isFalse();

    assertThat(runOn("2026-05-30")).extracting(DailyCaseSteps.DayReport::day).containsExactly(day("2026-05-30"));
    assertThat(f.hasCase(f.flat())).as("15 days past due").isFalse();

    assertThat(runOn("2026-05-31")).singleElement().satisfies(r -> assertThat(r.done()).isTrue());
    ArrearsCase opened = f.caseOf(f.flat());
    assertThat(opened.openedOn()).isEqualTo(day("2026-05-31"));
    assertThat(opened.followUp().date()).isEqualTo(day("2026-05-31"));
    assertThat(opened.followUp().reason()).isEqualTo(FollowUpReason.NEW_CASE);
    assertThat(f.events(opened.id())).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("OPENED");
      assertThat(e.on()).isEqualTo(day("2026-05-31"));
      assertThat(e.actorId()).isEqualTo(f.systemId());
    });
    assertThat(f.auditOfCase(opened.id())).extracting(CaseFixture.Entry::action).containsExactly("arrearsCase.opened");
    // the parking bill, due 05-10, was due a case from 05-26 on: the job's first day, 05-30, opened it
    assertThat(f.caseOf(f.parking()).openedOn()).isEqualTo(day("2026-05-30"));
  }

  @Test
  void promisesAreKeptOrBrokenTheDayAfterThePromisedDateWithTheSystemAsActor() {
    CaseFixture f = new CaseFixture(context);
    clock.setDay(day("2026-06-10"));
    f.bill("2026-05");   // due 05-15: cases open at once
    f.bill("2026-06");   // due 06-15: not covered by a promise made on 06-10
    long kept = f.caseOf(f.flat()).id();
    long broken = f.caseOf(f.otherFlat()).id();
    f.promise(kept, f.desk(), day("2026-06-20"));
    f.promise(broken, f.desk(), day("2026-06-20"));

    clock.setDay(day("2026-06-18"));
    f.pay(f.flat(), "247.80", day("2026-06-18"));       // all the promise covered; June is past due now
    f.pay(f.otherFlat(), "100.00", day("2026-06-18"));  // part of it
    assertThat(f.caseOf(f.flat()).isOpen()).isTrue();

    runOn("2026-06-20");
    assertThat(f.caseOf(f.flat()).category()).as("the promised day has not ended").isEqualTo(CaseCategory.PAY_SOON);
    assertThat(f.caseOf(f.otherFlat()).category()).isEqualTo(CaseCategory.PAY_SOON);

    runOn("2026-06-21");
    long system = f.systemId();
    assertThat(jdbc.queryForObject("SELECT username FROM staff WHERE id = ?", String.class, system))
        .isEqualTo("#system");

    ArrearsCase keptCase = f.caseOf(f.flat());
    assertThat(keptCase.category()).isEqualTo(CaseCategory.UNCONFIRMED);
    assertThat(keptCase.brokenPromiseOn()).isNull();
    assertThat(keptCase.followUp().date()).as("followed up the next day").isEqualTo(day("2026-06-21"));
    assertThat(f.events(kept)).filteredOn(e -> e.kind().startsWith("PROMISE")).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("PROMISE_KEPT");
      assertThat(e.on()).isEqualTo(day("2026-06-20"));
      assertThat(e.actorId()).isEqualTo(system);
    });
    assertThat(f.auditOfCase(kept)).filteredOn(e -> e.action().equals("arrearsCase.promiseKept")).singleElement()
        .satisfies(e -> assertThat(e.actorId()).isEqualTo(system));

    ArrearsCase brokenCase = f.caseOf(f.otherFlat());
    assertThat(brokenCase.category()).isEqualTo(CaseCategory.UNCONFIRMED);
    assertThat(brokenCase.brokenPromiseOn()).isEqualTo(day("2026-06-21"));
    assertThat(brokenCase.followUp().date()).isEqualTo(day("2026-06-21"));
    assertThat(brokenCase.followUp().reason()).isEqualTo(FollowUpReason.BROKEN_PROMISE);
    assertThat(f.events(broken)).filteredOn(e -> e.kind().startsWith("PROMISE")).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("PROMISE_BROKEN");
      assertThat(e.on()).isEqualTo(day("2026-06-21"));
      assertThat(e.actorId()).isEqualTo(system);
    });
    assertThat(f.auditOfCase(broken)).filteredOn(e -> e.action().equals("arrearsCase.promiseBroken")).singleElement()
        .satisfies(e -> assertThat(e.actorId()).isEqualTo(system));

    // paid in full later, backdated to before the promised date: the case closes, the break stays
    clock.setDay(day("2026-06-22"));
    f.pay(f.otherFlat(), "459.94", day("2026-06-19"));
    assertThat(f.caseOf(f.otherFlat()).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(f.events(broken)).extracting(CaseFixture.Event::kind).contains("PROMISE_BROKEN")
        .doesNotContain("PROMISE_KEPT");
  }

  @Test
  void missedDaysAreCaughtUpOnceEachInOrderEachTransitionDatedItsDay() {
    CaseFixture f = new CaseFixture(context);
    clock.setDay(day("2026-05-20"));
    f.bill("2026-05");   // parking due 05-10 (opens 05-26), the flat's fee due 05-15 (opens 05-31)
    runOn("2026-05-26");
    long parking = f.caseOf(f.parking()).id();
    f.promise(parking, f.desk(), day("2026-05-29"));   // judged on 05-30
    assertThat(runOn("2026-05-28")).extracting(DailyCaseSteps.DayReport::day)
        .containsExactly(day("2026-05-27"), day("2026-05-28"));

    // the application was down from 05-29 to 06-02
    List<DailyCaseSteps.DayReport> caughtUp = runOn("2026-06-02");

    assertThat(caughtUp).extracting(DailyCaseSteps.DayReport::day).containsExactly(day("2026-05-29"),
        day("2026-05-30"), day("2026-05-31"), day("2026-06-01"), day("2026-06-02"));
    assertThat(caughtUp).allMatch(DailyCaseSteps.DayReport::done);
    assertThat(jdbc.queryForList("SELECT job_day FROM arrears_job_day WHERE job_day >= ? ORDER BY job_day",
        java.sql.Date.class, java.sql.Date.valueOf(day("2026-05-26")))).hasSize(8);

    ArrearsCase brokenPromise = f.caseOf(f.parking());
    assertThat(brokenPromise.brokenPromiseOn()).isEqualTo(day("2026-05-30"));
    assertThat(f.events(parking)).filteredOn(e -> e.kind().equals("PROMISE_BROKEN")).singleElement().satisfies(e -> {
      assertThat(e.on()).isEqualTo(day("2026-05-30"));
      assertThat(e.at()).isEqualTo(at("2026-05-30"));
    });
    assertThat(f.auditOfCase(parking)).filteredOn(e -> e.action().equals("arrearsCase.promiseBroken"))
        .singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(at("2026-05-30")));

    ArrearsCase opened = f.caseOf(f.flat());
    assertThat(opened.openedOn()).isEqualTo(day("2026-05-31"));
    assertThat(f.events(opened.id())).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("OPENED");
      assertThat(e.on()).isEqualTo(day("2026-05-31"));
      assertThat(e.at()).isEqualTo(at("2026-05-31"));
    });
    assertThat(f.auditOfCase(opened.id())).singleElement()
        .satisfies(e -> assertThat(e.at()).isEqualTo(at("2026-05-31")));

    // nothing left to catch up, and a day done is not done again
    assertThat(job.runUpToToday()).isEmpty();
    assertThat(steps.run(day("2026-05-30"), clock).done()).isFalse();
    assertThat(f.events(parking)).filteredOn(e -> e.kind().equals("PROMISE_BROKEN")).hasSize(1);
  }

  /** When a caught-up day's transitions happened: the job's time that day. */
  private static Instant at(String day) {
    return LocalDate.parse(day).atTime(LocalTime.of(0, 5)).atZone(SHANGHAI).toInstant();
  }

  /**
   * Two instances run the same day at the same moment. The test holds the unit's row lock so the
   * first to claim the day is stuck judging the promise while the other waits on the claim: both
   * are inside the day at once. When the lock goes, one judges, the other finds the day done.
   */
  @Test
  void twoInstancesRunningTheSameDayAtOnceTransitionEachCaseOnce() throws Exception {
    CaseFixture f = new CaseFixture(context);
    clock.setDay(day("2026-06-10"));
    f.bill("2026-05");
    long caseId = f.caseOf(f.flat()).id();
    f.promise(caseId, f.desk(), day("2026-06-12"));
    LocalDate judged = day("2026-06-13");
    Clock fixed = Clock.fixed(judged.atTime(0, 5).atZone(SHANGHAI).toInstant(), SHANGHAI);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (ConfigurableApplicationContext second = SecondInstance.of(environment);
        Connection holder = dataSource.getConnection()) {
      DailyCaseSteps otherSteps = second.getBean(DailyCaseSteps.class);
      holder.setAutoCommit(false);
      long holderPid;
      try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM unit WHERE id = ? FOR UPDATE")) {
        lock.setLong(1, f.flat());
        lock.executeQuery().close();
      }
      holderPid = pid(holder);
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<DailyCaseSteps.DayReport>> runs = new ArrayList<>();
      for (DailyCaseSteps instance : List.of(steps, otherSteps)) {
        runs.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return instance.run(judged, fixed);
        }));
      }
      try {
        long first = waitForOneBlockedBy(holderPid);
        waitForOneBlockedBy(first);
      } finally {
        holder.rollback();
      }
      List<DailyCaseSteps.DayReport> reports = new ArrayList<>();
      for (Future<DailyCaseSteps.DayReport> run : runs) {
        reports.add(run.get(60, TimeUnit.SECONDS));
      }
      assertThat(reports).filteredOn(DailyCaseSteps.DayReport::done).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM arrears_job_day WHERE job_day = ?", Integer.class,
        java.sql.Date.valueOf(judged))).isEqualTo(1);
    assertThat(f.events(caseId)).filteredOn(e -> e.kind().equals("PROMISE_BROKEN")).hasSize(1);
    assertThat(f.auditOfCase(caseId)).filteredOn(e -> e.action().equals("arrearsCase.promiseBroken")).hasSize(1);
    assertThat(f.caseOf(f.flat()).brokenPromiseOn()).isEqualTo(judged);
  }

  private static long pid(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT pg_backend_pid()");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The one backend waiting for a lock {@code blocker} holds, once there is one (30 s at most). */
  private long waitForOneBlockedBy(long blocker) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until) {
      List<Long> blocked = jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))",
          Long.class, blocker);
      if (blocked.size() == 1) {
        return blocked.get(0);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no backend came to wait on " + blocker);
  }
}
