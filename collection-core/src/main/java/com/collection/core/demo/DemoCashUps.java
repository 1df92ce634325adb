package com.collection.core.demo;

import com.collection.core.cashup.CashUp;
import com.collection.core.cashup.CashUpFigures;
import com.collection.core.cashup.CashUpQueries;
import com.collection.core.cashup.CashUps;
import com.collection.core.cashup.ConfirmCashUp;
import com.collection.core.cashup.DeskDay;
import com.collection.core.cashup.SubmitCashUp;
import com.collection.core.shared.Money;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's cash desks over the last two weeks, through the real use cases on their days: every
 * desk that took or reversed money submitted its day in the evening (one short by ¥0.50, with its
 * reason; a desk that only reversed cash payments counts nothing and says why) and the manager
 * confirmed it the next morning (the admin confirms the manager's own);
 * yesterday's days wait for confirmation and today's are still open.
 */
@Service
public class DemoCashUps {

  static final int DAYS = 14;
  private static final Money SHORT = Money.of("0.50");

  private final CashUps cashUps;
  private final CashUpQueries queries;
  private final StaffMembers staff;
  private final com.collection.core.audit.Audit audit;
  private final Clock clock;

  public DemoCashUps(CashUps cashUps, CashUpQueries queries, StaffMembers staff, com.collection.core.audit.Audit audit,
      Clock clock) {
    this.audit = audit;
    this.cashUps = cashUps;
    this.queries = queries;
    this.staff = staff;
    this.clock = clock;
  }

  /** Returns how many days were submitted. */
  @Transactional
  public int closeRecentDays() {
    long manager = id("manager");
    long admin = id("admin");
    LocalDate today = LocalDate.now(clock);
    int submitted = 0;
    for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
      for (DeskDay desk : queries.desks(day, new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
        if (desk.cashUpId() != null) {
          continue;
        }
        Money expected = CashUpFigures.of(queries.liveEntries(desk.staffId(), day)).expectedCash();
        boolean short50 = day.equals(today.minusDays(5)) && expected.compareTo(SHORT) >= 0;
        String reason = short50 ? "找零短款 0.50 元，已登记" : null;
        Money counted = short50 ? expected.minus(SHORT) : expected;
        if (expected.isNegative()) {
          // a desk that only reversed cash payments handed the money back: nothing left to count
          counted = Money.ZERO;
          reason = "冲正的现金款项已当面退还业主";
        }
        CashUp report = new SubmitCashUp(cashUps, queries, audit, at(day, LocalTime.of(18, 10)))
            .submit(desk.staffId(), day, counted.amount().toPlainString(), reason);
        submitted++;
        if (day.isBefore(today.minusDays(1))) {
          long confirmer = desk.staffId() == manager ? admin : manager;
          new ConfirmCashUp(cashUps, queries, audit, at(day.plusDays(1), LocalTime.of(9, 0)))
              .confirm(report.id(), report.revision(), Viewer.everything(confirmer));
        }
      }
    }
    return submitted;
  }

  private long id(String username) {
    return staff.byUsername(username).map(StaffMember::id).orElseThrow();
  }

  private Clock at(LocalDate day, LocalTime time) {
    ZoneId zone = clock.getZone();
    return Clock.fixed(day.atTime(time).atZone(zone).toInstant(), zone);
  }
}
