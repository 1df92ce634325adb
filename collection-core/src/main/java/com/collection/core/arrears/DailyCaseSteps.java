package com.collection.core.arrears;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.ledger.MoneyLocks;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One day of the daily case job, in one transaction: claims the day (so it is done once, whatever
 * the number of instances), opens the cases time has made due, judges the promises whose day has
 * ended, schedules every open case's next follow-up for the day and fixes the day's worklists.
 * Every transition takes the unit's money lock first and re-reads the case, so a payment at the
 * same moment can't leave a case open on a paid unit.
 */
@Service
public class DailyCaseSteps {

  static final int BATCH = 500;

  private final CaseJobDays days;
  private final ArrearsCases cases;
  private final CollectionAttempts attempts;
  private final CaseEvents events;
  private final CaseLedger ledger;
  private final KeepCases keep;
  private final MoneyLocks locks;
  private final Worklists worklists;
  private final SystemActor system;
  private final Audit audit;

  public DailyCaseSteps(CaseJobDays days, ArrearsCases cases, CollectionAttempts attempts, CaseEvents events,
      CaseLedger ledger, KeepCases keep, MoneyLocks locks, Worklists worklists, SystemActor system, Audit audit) {
    this.days = days;
    this.cases = cases;
    this.attempts = attempts;
    this.events = events;
    this.ledger = ledger;
    this.keep = keep;
    this.locks = locks;
    this.worklists = worklists;
    this.system = system;
    this.audit = audit;
  }

  /** What one day did. */
  public record DayReport(LocalDate day, boolean done, int opened, int promisesKept, int promisesBroken,
      int scheduled, int listed) {

    static DayReport skipped(LocalDate day) {
      return new DayReport(day, false, 0, 0, 0, 0, 0);
    }
  }

  /** Runs {@code day}; {@code clock} is fixed on that day when it is caught up later. */
  @Transactional
  public DayReport run(LocalDate day, Clock clock) {
    return run(day, clock, true);
  }

  /**
   * The same, fixing the day's worklists or not: the demo's generated past has no mornings to
   * measure completion against (its staff work from the list as it stands).
   */
  @Transactional
  public DayReport run(LocalDate day, Clock clock, boolean fixWorklists) {
    java.util.Optional<LocalDate> previous = days.lastDone();
    if (!days.claim(day)) {
      return DayReport.skipped(day);
    }
    // Only the week rule depends on the day itself (the ISO week's count and Thursday); the other
    // rules change with attempts and transitions, which schedule their own case. So every open case
    // is scheduled again when a week begins, and after a gap or on a first run; then too every unit
    // owing is looked at for a case (a changed threshold, say), and on other days only the bills
    // that cross the threshold that day.
    boolean newWeek = day.getDayOfWeek() == DayOfWeek.MONDAY || previous.isEmpty()
        || !previous.get().equals(day.minusDays(1));
    int opened = openDueCases(day, clock, newWeek);
    int[] judged = judgePromises(day, clock);
    int scheduled = newWeek ? scheduleFollowUps(day) : 0;
    int listed = fixWorklists ? worklists.fixDay(day) : 0;
    return new DayReport(day, true, opened, judged[0], judged[1], scheduled, listed);
  }

  private int openDueCases(LocalDate day, Clock clock, boolean everyUnit) {
    List<Long> units = everyUnit ? ledger.unitsToOpen(day) : ledger.unitsCrossingOn(day);
    int opened = 0;
    for (int from = 0; from < units.size(); from += BATCH) {
      List<Long> batch = units.subList(from, Math.min(units.size(), from + BATCH));
      locks.lockUnits(batch);
      for (long unitId : batch) {
        KeepCases.Outcome outcome = keep.follow(unitId, day, clock);
        if (outcome == KeepCases.Outcome.OPENED || outcome == KeepCases.Outcome.REOPENED) {
          opened++;
        }
      }
    }
    return opened;
  }

  /**
   * At the end of the promised day: kept if everything the promise covered is paid or adjusted
   * (the case, still open because newer bills fell due, becomes unconfirmed and due the next day),
   * otherwise broken (unconfirmed, marked broken, due that next day). A payment recorded later never
   * undoes a break already recorded.
   */
  private int[] judgePromises(LocalDate day, Clock clock) {
    int kept = 0;
    int broken = 0;
    for (long caseId : cases.withEndedPromise(day)) {
      ArrearsCase c = cases.byId(caseId).orElseThrow();
      locks.lockUnit(c.unitId());
      c = cases.byId(caseId).orElseThrow();
      if (!c.promiseEndedBy(day)) {
        continue;
      }
      Promise promise = c.promise();
      boolean isKept = ledger.settled(promise.coveredBillIds());
      if (isKept) {
        c.promiseKept();
        kept++;
      } else {
        c.promiseBroken();
        broken++;
      }
      c.scheduleFollowUp(day, attempts.countingInWeek(c.id(), day.with(DayOfWeek.MONDAY)));
      cases.update(c);
      LocalDate on = isKept ? promise.promisedDate() : promise.judgedOn();
      long actor = system.id();
      events.append(new CaseEvent(null, c.id(), isKept ? CaseEvent.Kind.PROMISE_KEPT : CaseEvent.Kind.PROMISE_BROKEN,
          on, clock.instant(), actor, c.category(), promise.promisedDate(), null));
      audit.of(isKept ? AuditAction.ARREARS_PROMISE_KEPT : AuditAction.ARREARS_PROMISE_BROKEN, c.id(), clock)
          .by(actor).in(AuditScope.unit(c.unitId()))
          .write(Changes.none().set("promisedDate", promise.promisedDate()).set("dueWhenMade", promise.dueWhenMade())
              .change("category", CaseCategory.PAY_SOON, c.category()));
    }
    return new int[] {kept, broken};
  }

  /** Every open case's next follow-up for the day (the week rule depends on the day's ISO week). */
  private int scheduleFollowUps(LocalDate day) {
    LocalDate monday = day.with(DayOfWeek.MONDAY);
    int scheduled = 0;
    long after = 0;
    while (true) {
      List<ArrearsCase> open = cases.openAfter(after, BATCH);
      if (open.isEmpty()) {
        return scheduled;
      }
      Map<Long, Integer> thisWeek = attempts.countingInWeek(open.stream().map(ArrearsCase::id).toList(), monday);
      for (ArrearsCase c : open) {
        FollowUp before = c.followUp();
        FollowUp next = c.scheduleFollowUp(day, thisWeek.getOrDefault(c.id(), 0));
        if (!next.equals(before) && cases.updateFollowUp(c)) {
          scheduled++;
        }
      }
      after = open.get(open.size() - 1).id();
    }
  }
}
