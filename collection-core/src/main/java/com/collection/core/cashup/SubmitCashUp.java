package com.collection.core.cashup;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.Changes;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person hands over their day (today or an earlier one): the figures as they are now are frozen
 * in the report with the cash they counted, and a difference needs a reason. Submitting again
 * before a manager confirms stores a new revision; the earlier ones are kept. A day is handed over
 * at most {@link #OLDEST_DAY} late: the cash of a day longer ago has long been banked, and a day
 * such as 0001-01-01 is a typing error, not a desk's day.
 */
@Service
public class SubmitCashUp {

  public static final Period OLDEST_DAY = Period.ofYears(1);

  private final CashUps cashUps;
  private final CashUpQueries queries;
  private final Audit audit;
  private final Clock clock;

  public SubmitCashUp(CashUps cashUps, CashUpQueries queries, Audit audit, Clock clock) {
    this.cashUps = cashUps;
    this.queries = queries;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's own report: {@code staffId} is the one signed in, never chosen by the form. */
  @Transactional
  public CashUp submit(long staffId, LocalDate day, String counted, String reason) {
    if (day == null) {
      throw DomainException.onField("day", "validation.required");
    }
    LocalDate today = LocalDate.now(clock);
    if (day.isAfter(today)) {
      throw DomainException.onField("day", "cashup.day.future");
    }
    if (day.isBefore(today.minus(OLDEST_DAY))) {
      throw DomainException.onField("day", "cashup.day.tooOld");
    }
    var existing = cashUps.of(staffId, day);
    if (existing.isPresent() && existing.get().confirmed()) {
      throw new DomainException("cashup.confirmed.final");
    }
    Money cash = CountedCash.parse(counted);
    CashUpFigures figures = CashUpFigures.of(queries.liveEntries(staffId, day));
    if (existing.isEmpty()) {
      CashUp first = cashUps.insert(CashUp.submit(staffId, day, figures, cash, reason, clock.instant()));
      record(null, first);
      return first;
    }
    CashUp next = existing.get().resubmit(figures, cash, reason, clock.instant());
    if (!cashUps.resubmit(next)) {
      throw new DomainException("cashup.changed");
    }
    record(existing.get(), next);
    return next;
  }

  private void record(CashUp before, CashUp after) {
    boolean first = before == null;
    audit.of(AuditAction.CASH_UP_SUBMITTED, after.id(), clock).by(after.staffId()).write(Changes.none()
        .compare(first, "day", first ? null : before.day(), after.day())
        .compare(first, "revision", first ? null : before.revision(), after.revision())
        .compare(first, "netTotal", first ? null : before.figures().netTotal(), after.figures().netTotal())
        .compare(first, "expectedCash", first ? null : before.expectedCash(), after.expectedCash())
        .compare(first, "counted", first ? null : before.counted(), after.counted())
        .compare(first, "difference", first ? null : before.difference(), after.difference())
        .compare(first, "reason", first ? null : before.reason(), after.reason())
        .compare(first, "status", first ? null : before.status(), after.status()));
  }
}
