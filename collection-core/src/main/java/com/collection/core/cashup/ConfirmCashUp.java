package com.collection.core.cashup;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.Changes;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager (or admin) who is not the submitter confirms a submitted report, at the revision they
 * saw, if it still counts the same money as the person's day. Once confirmed it never changes.
 */
@Service
public class ConfirmCashUp {

  private final CashUps cashUps;
  private final CashUpQueries queries;
  private final Audit audit;
  private final Clock clock;

  public ConfirmCashUp(CashUps cashUps, CashUpQueries queries, Audit audit, Clock clock) {
    this.cashUps = cashUps;
    this.queries = queries;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public CashUp confirm(long cashUpId, int seenRevision, Viewer manager) {
    if (!manager.seesAllBuildings()) {
      throw new AccessRefusedException();
    }
    CashUp report = cashUps.byId(cashUpId).orElseThrow(() -> new NotFoundException("cashup", cashUpId));
    CashUpFigures live = CashUpFigures.of(queries.liveEntries(report.staffId(), report.day()));
    CashUp confirmed = report.confirm(manager.staffId(), seenRevision, live, clock.instant());
    if (!cashUps.confirm(confirmed)) {
      // someone else confirmed it, or the person submitted again, in the meantime
      boolean nowConfirmed = cashUps.byId(cashUpId).map(CashUp::confirmed).orElse(false);
      throw new DomainException(nowConfirmed ? "cashup.confirm.already" : "cashup.changed");
    }
    audit.of(AuditAction.CASH_UP_CONFIRMED, cashUpId, clock).by(manager.staffId()).write(Changes.none()
        .change("status", report.status(), confirmed.status()).set("revision", confirmed.revision())
        .set("confirmedBy", confirmed.confirmedBy()));
    return confirmed;
  }
}
