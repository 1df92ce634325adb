package com.collection.persistence.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.arrears.ArrearsCase;
import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.CaseStatus;
import com.collection.core.arrears.FollowUp;
import com.collection.core.arrears.FollowUpReason;
import com.collection.core.billing.Bill;
import com.collection.core.billing.VoidBill;
import com.collection.core.payment.Payment;
import com.collection.core.payment.ReversePayment;
import com.collection.core.shared.Money;
import com.collection.core.staff.Role;
import com.collection.persistence.MutableClock;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases follow the ledger at once, on PostgreSQL through the use cases: a bill run for a past
 * period, payments (partial, full, backdated), a reversal, an adjustment and its counter-entry, a
 * void. The fixture's flat 101 owes ¥247.80 a month, due on the 15th; the threshold is 15 days.
 */
@SpringBootTest
@PostgresTest
class ArrearsCasesOnPostgresTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  ReversePayment reversePayment;
  @Autowired
  RequestAdjustment requestAdjustment;
  @Autowired
  DecideAdjustment decideAdjustment;
  @Autowired
  VoidBill voidBill;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aBillRunForAPastPeriodOpensACaseAtOnceWhenItsBillIsMoreThanTheThresholdPastDue() {
    // due 05-15: 15 days past due on 05-30 is not enough
    CaseFixture atThreshold = new CaseFixture(context);
    clock.setDay(day("2026-05-30"));
    atThreshold.bill("2026-05");
    assertThat(atThreshold.hasCase(atThreshold.flat())).isFalse();

    CaseFixture beyond = new CaseFixture(context);
    clock.setDay(day("2026-05-31"));
    beyond.bill("2026-05");
    ArrearsCase opened = beyond.caseOf(beyond.flat());
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.openedOn()).isEqualTo(day("2026-05-31"));
    assertThat(opened.category()).isEqualTo(CaseCategory.UNCATEGORISED);
    assertThat(opened.oldestDueDate()).isEqualTo(day("2026-05-15"));
    assertThat(opened.owed()).isEqualTo(Money.of("247.80"));
    assertThat(opened.followUp()).isEqualTo(FollowUp.on(day("2026-05-31"), FollowUpReason.NEW_CASE, day("2026-05-31")));
    long system = beyond.systemId();
    assertThat(beyond.events(opened.id())).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("OPENED");
      assertThat(e.on()).isEqualTo(day("2026-05-31"));
      assertThat(e.actorId()).isEqualTo(system);
    });
    assertThat(beyond.auditOfCase(opened.id())).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("arrearsCase.opened");
      assertThat(e.actorId()).isEqualTo(system);
    });
  }

  @Test
  void aBillNotYetPastDueNeverOpensACase() {
    CaseFixture f = new CaseFixture(context);
    f.bill("2026-06");   // due 06-15, "today"
    f.bill("2026-07");
    assertThat(f.estate.unitIds()).noneMatch(f::hasCase);
    // 15 days after the due date a ledger change still opens nothing
    clock.setDay(day("2026-06-30"));
    f.pay(f.flat(), "1.00", day("2026-06-30"));
    assertThat(f.hasCase(f.flat())).isFalse();
  }

  @Test
  void aPartialPaymentKeepsTheCaseOpenWithTheNewAmountAndPayingWhatIsPastDueClosesIt() {
    CaseFixture f = new CaseFixture(context);
    f.bill("2026-04");
    f.bill("2026-05");
    f.bill("2026-07");   // not yet due: owed, but not past due
    ArrearsCase c = f.caseOf(f.flat());
    assertThat(c.owed()).isEqualTo(Money.of("495.60"));
    assertThat(c.oldestDueDate()).isEqualTo(day("2026-04-15"));

    clock.setDay(day("2026-06-16"));
    f.pay(f.flat(), "100.00", day("2026-06-16"));
    c = f.caseOf(f.flat());
    assertThat(c.isOpen()).isTrue();
    assertThat(c.owed()).isEqualTo(Money.of("395.60"));
    assertThat(c.oldestDueDate()).isEqualTo(day("2026-04-15"));
    f.pay(f.flat(), "147.80", day("2026-06-16"));
    c = f.caseOf(f.flat());
    assertThat(c.isOpen()).isTrue();
    assertThat(c.owed()).isEqualTo(Money.of("247.80"));
    assertThat(c.oldestDueDate()).isEqualTo(day("2026-05-15"));

    f.pay(f.flat(), "247.80", day("2026-06-16"));
    ArrearsCase closed = f.caseOf(f.flat());
    assertThat(closed.id()).isEqualTo(c.id());
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.closedOn()).isEqualTo(day("2026-06-16"));
    assertThat(f.events(c.id())).extracting(CaseFixture.Event::kind).containsExactly("OPENED", "CLOSED");
    assertThat(f.auditOfCase(c.id())).extracting(CaseFixture.Entry::action)
        .containsExactly("arrearsCase.opened", "arrearsCase.closed");
  }

  @Test
  void aReversalReopensTheSameCaseWithItsHistoryUncategorisedAndDueThatDay() {
    CaseFixture f = new CaseFixture(context);
    f.bill("2026-05");
    long caseId = f.caseOf(f.flat()).id();
    f.promise(caseId, f.desk(), day("2026-06-25"));
    assertThat(f.caseOf(f.flat()).category()).isEqualTo(CaseCategory.PAY_SOON);

    clock.setDay(day("2026-06-18"));
    Payment payment = f.pay(f.flat(), "247.80", day("2026-06-18"));
    assertThat(f.caseOf(f.flat()).status()).isEqualTo(CaseStatus.CLOSED);

    clock.setDay(day("2026-06-20"));
    reversePayment.reverse(payment.id(), "支票退票", f.manager.id());

    ArrearsCase reopened = f.caseOf(f.flat());
    assertThat(reopened.id()).isEqualTo(caseId);
    assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(reopened.openedOn()).isEqualTo(day("2026-06-20"));
    assertThat(reopened.closedOn()).isNull();
    assertThat(reopened.category()).isEqualTo(CaseCategory.UNCATEGORISED);
    assertThat(reopened.promise()).isNull();
    assertThat(reopened.followUp().date()).isEqualTo(day("2026-06-20"));
    assertThat(reopened.followUp().reason()).isEqualTo(FollowUpReason.NEW_CASE);
    assertThat(reopened.owed()).isEqualTo(Money.of("247.80"));
    assertThat(reopened.oldestDueDate()).isEqualTo(day("2026-05-15"));
    assertThat(f.events(caseId)).extracting(CaseFixture.Event::kind)
        .containsExactly("OPENED", "CATEGORY_SET", "CLOSED", "REOPENED");
    assertThat(f.events(caseId).get(3).on()).isEqualTo(day("2026-06-20"));
    assertThat(f.events(caseId).get(3).actorId()).isEqualTo(f.systemId());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collection_attempt WHERE case_id = ?", Integer.class, caseId))
        .as("the earlier episode's attempt stays in the timeline").isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case WHERE unit_id = ?", Integer.class, f.flat()))
        .isEqualTo(1);
    assertThat(f.auditOfCase(caseId)).extracting(CaseFixture.Entry::action)
        .containsExactly("arrearsCase.opened", "arrearsCase.closed", "arrearsCase.reopened");
  }

  @Test
  void anAdjustmentThatClearsTheDebtClosesTheCaseAndItsCounterEntryReopensIt() {
    CaseFixture f = new CaseFixture(context);
    var approver = f.staff("approver", Role.MANAGER);
    f.bill("2026-05");
    Bill may = f.liveBills(f.flat()).get(0);
    long caseId = f.caseOf(f.flat()).id();

    long part = requestAdjustment.request(may.id(), AdjustmentKind.CORRECTION, new BigDecimal("47.80"), "面积更正",
        f.desk()).id();
    decideAdjustment.approve(part, approver.id());
    assertThat(f.caseOf(f.flat()).isOpen()).isTrue();
    assertThat(f.caseOf(f.flat()).owed()).isEqualTo(Money.of("200.00"));

    clock.setDay(day("2026-06-16"));
    long waiver = requestAdjustment.request(may.id(), AdjustmentKind.WAIVER, new BigDecimal("200.00"), "停水一个月",
        f.desk()).id();
    decideAdjustment.approve(waiver, approver.id());
    ArrearsCase closed = f.caseOf(f.flat());
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.closedOn()).isEqualTo(day("2026-06-16"));

    clock.setDay(day("2026-06-17"));
    decideAdjustment.counter(waiver, "减免依据不成立", approver.id());
    ArrearsCase reopened = f.caseOf(f.flat());
    assertThat(reopened.id()).isEqualTo(caseId);
    assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(reopened.openedOn()).isEqualTo(day("2026-06-17"));
    assertThat(reopened.owed()).isEqualTo(Money.of("200.00"));
    assertThat(reopened.followUp().date()).isEqualTo(day("2026-06-17"));
    assertThat(f.events(caseId)).extracting(CaseFixture.Event::kind).containsExactly("OPENED", "CLOSED", "REOPENED");
  }

  @Test
  void voidingTheOnlyPastDueBillClosesTheCase() {
    CaseFixture f = new CaseFixture(context);
    f.bill("2026-05");
    f.bill("2026-07");
    Bill may = f.liveBills(f.flat()).get(0);
    assertThat(f.caseOf(f.flat()).isOpen()).isTrue();

    clock.setDay(day("2026-06-16"));
    voidBill.voidBill(may.id(), "面积录入错误");

    ArrearsCase closed = f.caseOf(f.flat());
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.closedOn()).isEqualTo(day("2026-06-16"));
    assertThat(f.events(closed.id())).extracting(CaseFixture.Event::kind).containsExactly("OPENED", "CLOSED");
  }

  @Test
  void aBackdatedPaymentClosesTheCaseOnTheDayItIsRecorded() {
    CaseFixture f = new CaseFixture(context);
    f.bill("2026-05");
    assertThat(f.caseOf(f.flat()).isOpen()).isTrue();

    clock.setDay(day("2026-06-20"));
    f.pay(f.flat(), "247.80", day("2026-06-01"));   // received before the case opened

    ArrearsCase closed = f.caseOf(f.flat());
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.closedOn()).isEqualTo(day("2026-06-20"));
    assertThat(f.events(closed.id()).get(1).on()).isEqualTo(day("2026-06-20"));
  }
}
