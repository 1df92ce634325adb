package com.collection.core.adjustment;

import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Viewer;
import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone who may see the unit asks for one of its bills to be lowered, with a reason. */
@Service
public class RequestAdjustment {

  private final Bills bills;
  private final Adjustments adjustments;
  private final EstateDirectory directory;
  private final Audit audit;
  private final Clock clock;

  public RequestAdjustment(Bills bills, Adjustments adjustments, EstateDirectory directory, Audit audit,
      Clock clock) {
    this.bills = bills;
    this.adjustments = adjustments;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Adjustment request(long billId, AdjustmentKind kind, BigDecimal amount, String reason, Viewer viewer) {
    Bill bill = bills.byId(billId).orElseThrow(() -> new NotFoundException("bill", billId));
    directory.requireUnitVisible(bill.unitId(), viewer);
    if (!bill.isLive()) {
      throw new DomainException("adjustment.bill.voided");
    }
    Adjustment requested = adjustments.insert(Adjustment.request(billId, bill.unitId(), kind, amount, reason,
        viewer.staffId(), clock.instant(), bill.outstanding()));
    audit.of(AuditAction.ADJUSTMENT_REQUESTED, requested.id(), clock).by(viewer.staffId())
        .in(AuditScope.unit(bill.unitId())).write(Changes.none().set("billId", billId).set("kind", kind)
            .set("amount", requested.amount()).set("reason", requested.reason()).set("status", requested.status()));
    return requested;
  }
}
