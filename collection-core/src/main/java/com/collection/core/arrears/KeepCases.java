package com.collection.core.arrears;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.Changes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Opens, closes and reopens a unit's case to match its ledger on a day, as the system, with the
 * event in the timeline and the entry in the audit log. The caller holds the unit's money lock, so
 * the ledger it reads can't change until its transaction ends.
 */
@Service
public class KeepCases {

  private final ArrearsCases cases;
  private final CaseEvents events;
  private final CaseLedger ledger;
  private final SystemActor system;
  private final Audit audit;

  public KeepCases(ArrearsCases cases, CaseEvents events, CaseLedger ledger, SystemActor system, Audit audit) {
    this.cases = cases;
    this.events = events;
    this.ledger = ledger;
    this.system = system;
    this.audit = audit;
  }

  /** What happened to the unit's case. */
  public enum Outcome {
    NONE, OPENED, REOPENED, CLOSED, UPDATED
  }

  /** Brings the unit's case in line with its ledger on {@code day}; {@code clock} dates the entries. */
  public Outcome follow(long unitId, LocalDate day, Clock clock) {
    CaseLedger.UnitArrears arrears = ledger.arrearsOf(unitId, day);
    Optional<ArrearsCase> latest = cases.latestOfUnit(unitId);
    if (latest.isPresent() && latest.get().isOpen()) {
      ArrearsCase open = latest.get();
      if (!arrears.owesPastDue()) {
        open.close(day);
        cases.update(open);
        record(open, CaseEvent.Kind.CLOSED, AuditAction.ARREARS_CASE_CLOSED, day, clock, arrears);
        return Outcome.CLOSED;
      }
      if (!arrears.owed().equals(open.owed()) || !arrears.oldestPastDue().equals(open.oldestDueDate())) {
        open.owes(arrears.oldestPastDue(), arrears.owed());
        cases.update(open);
        return Outcome.UPDATED;
      }
      return Outcome.NONE;
    }
    if (!arrears.needsCase(day)) {
      return Outcome.NONE;
    }
    if (latest.isPresent()) {
      ArrearsCase closed = latest.get();
      closed.reopen(day, arrears.oldestPastDue(), arrears.owed());
      cases.update(closed);
      record(closed, CaseEvent.Kind.REOPENED, AuditAction.ARREARS_CASE_REOPENED, day, clock, arrears);
      return Outcome.REOPENED;
    }
    ArrearsCase opened = cases.insert(ArrearsCase.open(unitId, arrears.buildingId(), day, arrears.oldestPastDue(),
        arrears.owed()));
    record(opened, CaseEvent.Kind.OPENED, AuditAction.ARREARS_CASE_OPENED, day, clock, arrears);
    return Outcome.OPENED;
  }

  private void record(ArrearsCase c, CaseEvent.Kind kind, AuditAction action, LocalDate day, Clock clock,
      CaseLedger.UnitArrears arrears) {
    long actor = system.id();
    events.append(new CaseEvent(null, c.id(), kind, day, clock.instant(), actor, c.category(), null, null));
    audit.of(action, c.id(), clock).by(actor).in(com.collection.core.audit.AuditScope.unit(c.unitId()))
        .write(Changes.none().set("unitId", c.unitId()).set("status", c.status()).set("on", day)
            .set("owed", arrears.owed()).set("oldestDueDate", arrears.oldestPastDue()));
  }
}
