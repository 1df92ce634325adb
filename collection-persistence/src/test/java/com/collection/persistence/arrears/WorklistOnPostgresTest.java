package com.collection.persistence.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.FollowUpReason;
import com.collection.core.arrears.LogAttemptCommand;
import com.collection.core.arrears.LogCollectionAttempt;
import com.collection.core.arrears.Reached;
import com.collection.core.arrears.RunDailyCaseJob;
import com.collection.core.arrears.ViewWorklist;
import com.collection.core.arrears.WorklistFilter;
import com.collection.core.arrears.WorklistRow;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import com.collection.testsupport.PostgresTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 今日待办 on PostgreSQL with the clock moved day by day and the daily job run each morning: a
 * pay-soon attempt takes the case off the list until the day before the promised date, an unpaid
 * promised day puts it first on the next day's list as a broken promise; a unit with a payment
 * recorded today is off today's list; staff see their own buildings' cases only.
 */
@SpringBootTest
@PostgresTest
class WorklistOnPostgresTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  ViewWorklist viewWorklist;
  @Autowired
  LogCollectionAttempt logAttempt;
  @Autowired
  RunDailyCaseJob job;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MutableClock clock;

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

  private List<WorklistRow> listOf(StaffMember member) {
    return viewWorklist.of(member.id(), Viewer.ownBuildings(member.id()), WorklistFilter.ALL, new PageRequest(0, 200))
        .rows().items();
  }

  private static List<Long> cases(List<WorklistRow> rows) {
    return rows.stream().map(WorklistRow::caseId).toList();
  }

  @Test
  void aPromiseTakesTheCaseOffTheListUntilTheDayBeforeAndABrokenOneComesFirstTheNextDay() {
    CaseFixture f = new CaseFixture(context);
    StaffMember staff = f.staffOf(f.estate.firstBuildingId());
    f.bill("2026-05");   // 06-15: cases open at once for 101, 102 (¥336.92, more than 101) and S1
    job.runUpToToday();
    long flat = f.caseOf(f.flat()).id();
    long bigFlat = f.caseOf(f.bigFlat()).id();
    assertThat(cases(listOf(staff))).contains(flat, bigFlat);

    f.promise(flat, Viewer.ownBuildings(staff.id()), day("2026-06-25"));
    assertThat(cases(listOf(staff))).as("off today's list").doesNotContain(flat).contains(bigFlat);

    for (LocalDate d = day("2026-06-16"); d.isBefore(day("2026-06-24")); d = d.plusDays(1)) {
      clock.setDay(d);
      job.runUpToToday();
      assertThat(cases(listOf(staff))).as("listed on %s", d).doesNotContain(flat).contains(bigFlat);
    }
    clock.setDay(day("2026-06-24"));
    job.runUpToToday();
    assertThat(listOf(staff)).filteredOn(r -> r.caseId() == flat).singleElement().satisfies(r -> {
      assertThat(r.followUp().reason()).isEqualTo(FollowUpReason.PROMISE_REMINDER);
      assertThat(r.promisedDate()).isEqualTo(day("2026-06-25"));
    });

    clock.setDay(day("2026-06-25"));
    job.runUpToToday();
    clock.setDay(day("2026-06-26"));
    job.runUpToToday();
    List<WorklistRow> rows = listOf(staff);
    assertThat(rows.get(0).caseId()).as("the broken promise first").isEqualTo(flat);
    assertThat(rows.get(0).category()).isEqualTo(CaseCategory.UNCONFIRMED);
    assertThat(rows.get(0).followUp().reason()).isEqualTo(FollowUpReason.BROKEN_PROMISE);
    assertThat(rows.get(0).brokenPromiseOn()).isEqualTo(day("2026-06-26"));
    assertThat(cases(rows)).contains(bigFlat);
    assertThat(jdbc.queryForObject("SELECT reason FROM worklist_day WHERE list_day = ? AND staff_id = ? AND case_id = ?",
        String.class, java.sql.Date.valueOf(day("2026-06-26")), staff.id(), flat))
        .as("the morning's fixed list").isEqualTo("BROKEN_PROMISE");
  }

  @Test
  void aUnitWithAPaymentRecordedTodayIsOffTodaysListAndBackTheNextDayIfStillOwing() {
    CaseFixture f = new CaseFixture(context);
    StaffMember staff = f.staffOf(f.estate.firstBuildingId());
    f.bill("2026-05");
    long flat = f.caseOf(f.flat()).id();
    long bigFlat = f.caseOf(f.bigFlat()).id();

    f.pay(f.bigFlat(), "100.00", day("2026-06-15"));
    assertThat(f.caseOf(f.bigFlat()).isOpen()).isTrue();
    assertThat(cases(listOf(staff))).contains(flat).doesNotContain(bigFlat);

    clock.setDay(day("2026-06-16"));
    assertThat(cases(listOf(staff))).contains(flat, bigFlat);
    // paid off: closed, and never listed again
    f.pay(f.bigFlat(), "236.92", day("2026-06-16"));
    clock.setDay(day("2026-06-17"));
    assertThat(cases(listOf(staff))).contains(flat).doesNotContain(bigFlat);
  }

  @Test
  void staffSeeAndWorkOnlyTheCasesOfTheirBuildings() {
    CaseFixture f = new CaseFixture(context);
    StaffMember first = f.staffOf(f.estate.firstBuildingId());
    StaffMember second = f.staffOf(f.estate.secondBuildingId());
    StaffMember both = f.staffOf(f.estate.firstBuildingId(), f.estate.secondBuildingId());
    f.bill("2026-05");
    long flat = f.caseOf(f.flat()).id();
    long otherFlat = f.caseOf(f.otherFlat()).id();

    assertThat(listOf(first)).allMatch(r -> r.buildingId() == f.estate.firstBuildingId())
        .extracting(WorklistRow::caseId).contains(flat);
    assertThat(listOf(second)).allMatch(r -> r.buildingId() == f.estate.secondBuildingId())
        .extracting(WorklistRow::caseId).contains(otherFlat);
    assertThat(cases(listOf(both))).contains(flat, otherFlat);

    assertThatThrownBy(() -> viewWorklist.of(second.id(), Viewer.ownBuildings(first.id()), WorklistFilter.ALL,
        new PageRequest(0, 25))).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> viewWorklist.of(first.id(), Viewer.ownBuildings(first.id()),
        new WorklistFilter(f.estate.secondBuildingId(), null), new PageRequest(0, 25)))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("arrears.worklist.building.notYours"));
    assertThatThrownBy(() -> logAttempt.log(new LogAttemptCommand(otherFlat, Viewer.ownBuildings(first.id()),
        Channel.PHONE, Reached.OWNER, "", null, CaseCategory.UNCONFIRMED, null, null, null, null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collection_attempt WHERE case_id = ?", Integer.class,
        otherFlat)).isZero();
    // a manager sees any staff member's list
    assertThat(viewWorklist.of(second.id(), f.desk(), WorklistFilter.ALL, new PageRequest(0, 25)).rows().items())
        .extracting(WorklistRow::caseId).contains(otherFlat).doesNotContain(flat);
  }
}
