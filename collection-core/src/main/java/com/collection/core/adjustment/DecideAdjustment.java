package com.collection.core.adjustment;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.payment.ApplyCredit;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager decides a request (approve or reject) or undoes an approved adjustment with a
 * counter-entry. Every change of a bill goes through the money-effects writer, with the unit locked
 * like every other money change of the unit.
 */
@Service
public class DecideAdjustment {

  private final Adjustments adjustments;
  private final Bills bills;
  private final StaffMembers staff;
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final ApplyCredit applyCredit;
  private final Audit audit;
  private final Clock clock;

  public DecideAdjustment(Adjustments adjustments, Bills bills, StaffMembers staff, MoneyLocks locks,
      MoneyEffects moneyEffects, ApplyCredit applyCredit, Audit audit, Clock clock) {
    this.audit = audit;
    this.adjustments = adjustments;
    this.bills = bills;
    this.staff = staff;
    this.locks = locks;
    this.moneyEffects = moneyEffects;
    this.applyCredit = applyCredit;
    this.clock = clock;
  }

  /** Lowers the bill from today, by at most what it still owes now. */
  @Transactional
  public Adjustment approve(long adjustmentId, long managerId) {
    requireManager(managerId);
    Adjustment request = lockedAdjustment(adjustmentId);
    Bill bill = bills.byId(request.billId()).orElseThrow();
    if (!bill.isLive()) {
      throw new DomainException("adjustment.bill.voided");
    }
    LocalDate today = LocalDate.now(clock);
    Adjustment approved = request.approve(managerId, bill.outstanding(), clock.instant(), today);
    save(approved, AdjustmentStatus.PENDING);
    adjustments.applyToBill(bill.id(), approved.amount());
    moneyEffects.adjusted(bill.ref(), approved.id(), approved.amount(), today);
    record(AuditAction.ADJUSTMENT_APPROVED, request, approved, managerId);
    return approved;
  }

  @Transactional
  public Adjustment reject(long adjustmentId, String note, long managerId) {
    requireManager(managerId);
    Adjustment request = lockedAdjustment(adjustmentId);
    Adjustment rejected = request.reject(managerId, note, clock.instant(), LocalDate.now(clock));
    save(rejected, AdjustmentStatus.PENDING);
    record(AuditAction.ADJUSTMENT_REJECTED, request, rejected, managerId);
    return rejected;
  }

  /** Restores the bill from today; credit the unit holds then pays it (Ledger rules). */
  @Transactional
  public Adjustment counter(long adjustmentId, String reason, long managerId) {
    requireManager(managerId);
    Adjustment approved = lockedAdjustment(adjustmentId);
    LocalDate today = LocalDate.now(clock);
    Adjustment countered = approved.counter(managerId, reason, clock.instant(), today);
    Bill bill = bills.byId(approved.billId()).orElseThrow();
    save(countered, AdjustmentStatus.APPROVED);
    // re-opens the bill from today: money recorded later never counts on it from before today
    adjustments.restoreToBill(bill.id(), approved.amount(), today);
    moneyEffects.adjustmentCountered(bill.ref(), approved.id(), approved.amount(), today);
    applyCredit.toUnit(bill.unitId(), today);
    record(AuditAction.ADJUSTMENT_COUNTERED, approved, countered, managerId);
    return countered;
  }

  private void record(AuditAction action, Adjustment before, Adjustment after, long managerId) {
    audit.of(action, after.id(), clock).by(managerId).in(AuditScope.unit(after.unitId())).write(Changes.none()
        .change("status", before.status(), after.status()).set("billId", after.billId()).set("kind", after.kind())
        .set("amount", after.amount())
        .set("note", action == AuditAction.ADJUSTMENT_COUNTERED ? after.counterReason() : after.decisionNote()));
  }

  private void requireManager(long staffId) {
    StaffMember member = staff.byId(staffId).orElseThrow(AccessRefusedException::new);
    if (!member.enabled() || !member.role().seesAllBuildings()) {
      throw new AccessRefusedException();
    }
  }

  /** The adjustment read again after its unit's money lock, so that two deciders never both win. */
  private Adjustment lockedAdjustment(long adjustmentId) {
    Adjustment found = adjustments.byId(adjustmentId)
        .orElseThrow(() -> new NotFoundException("adjustment", adjustmentId));
    locks.lockUnit(found.unitId());
    return adjustments.byId(adjustmentId).orElseThrow();
  }

  private void save(Adjustment adjustment, AdjustmentStatus expected) {
    if (!adjustments.update(adjustment, expected)) {
      throw new DomainException("adjustment.notPending");
    }
  }
}
