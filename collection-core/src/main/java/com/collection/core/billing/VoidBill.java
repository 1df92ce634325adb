package com.collection.core.billing;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.estate.Communities;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.payment.ApplyCredit;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager voids a bill nothing was paid on (an error), with a reason, and may reissue its
 * period as a new revision computed from today's unit data and the period's rates. Both change the
 * unit's money: they take its lock first, like every other money change of the unit.
 */
@Service
public class VoidBill {

  private final Bills bills;
  private final FeeItems feeItems;
  private final BillingUnits units;
  private final Communities communities;
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final ApplyCredit applyCredit;
  private final Audit audit;
  private final Clock clock;

  public VoidBill(Bills bills, FeeItems feeItems, BillingUnits units, Communities communities, MoneyLocks locks,
      MoneyEffects moneyEffects, ApplyCredit applyCredit, Audit audit, Clock clock) {
    this.audit = audit;
    this.locks = locks;
    this.applyCredit = applyCredit;
    this.bills = bills;
    this.feeItems = feeItems;
    this.units = units;
    this.communities = communities;
    this.moneyEffects = moneyEffects;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Bill bill(long billId) {
    return bills.byId(billId).orElseThrow(() -> new NotFoundException("bill", billId));
  }

  @Transactional
  public Bill voidBill(long billId, String reason) {
    Bill bill = lockedBill(billId);
    if (bill.isLive() && bills.hasMoneyHistory(billId)) {
      // a void erases the bill from every figure, past ones too; money that once moved on it
      // (even reversed or countered since) would leave its trace in those past figures
      throw new DomainException("bill.void.history");
    }
    LocalDate today = LocalDate.now(clock);
    Bill voided = bills.markVoided(bill.voidBecause(reason, today));
    moneyEffects.billVoided(voided.ref(), today);
    audit.of(AuditAction.BILL_VOIDED, billId, clock).in(AuditScope.unit(voided.unitId())).write(Changes.none()
        .change("status", bill.status(), voided.status()).set("reason", reason).set("period", voided.period())
        .set("amount", voided.amount()));
    return voided;
  }

  /** Issues the voided bill's period again as the next revision; refused while a live one exists. */
  @Transactional
  public Bill reissue(long voidedBillId) {
    Bill voided = lockedBill(voidedBillId);
    if (voided.isLive()) {
      throw new DomainException("bill.reissue.notVoided");
    }
    if (voided.lateFee()) {
      // a late-fee bill is posted once per bill and never recomputed: voiding it waives it
      throw new DomainException("bill.reissue.lateFee");
    }
    boolean liveExists = bills.ofUnit(voided.unitId()).stream().anyMatch(b -> b.isLive()
        && b.feeItemId() == voided.feeItemId() && b.period().equals(voided.period()));
    if (liveExists) {
      throw new DomainException("bill.reissue.liveExists");
    }
    FeeItem item = feeItems.byId(voided.feeItemId()).orElseThrow();
    int startMonth = communities.byId(item.communityId()).orElseThrow().feeYearStartMonth();
    int revision = bills.highestRevision(voided.unitId(), voided.feeItemId(), voided.period()) + 1;
    BillCalculator.Outcome outcome = BillCalculator.compute(units.byId(voided.unitId()), item,
        voided.period(), startMonth, revision);
    if (!outcome.billed()) {
      throw new DomainException("bill.reissue.skipped." + outcome.skipped().name());
    }
    Bill issued = bills.insertNew(List.of(outcome.draft()), null).stream().findFirst()
        .orElseThrow(() -> new DomainException("bill.reissue.liveExists"));
    moneyEffects.billsIssued(List.of(issued.ref()), LocalDate.now(clock));
    applyCredit.toUnit(issued.unitId(), LocalDate.now(clock));
    audit.of(AuditAction.BILL_REISSUED, issued.id(), clock).in(AuditScope.unit(issued.unitId())).write(Changes.none()
        .set("voidedBill", voidedBillId).set("period", issued.period()).set("revision", issued.revision())
        .set("amount", issued.amount()).set("dueDate", issued.dueDate()));
    return issued;
  }

  /** The bill read after its unit's money lock (its unit never changes, so the first read finds it). */
  private Bill lockedBill(long billId) {
    Bill found = bills.byId(billId).orElseThrow(() -> new NotFoundException("bill", billId));
    locks.lockUnit(found.unitId());
    return bills.byId(billId).orElseThrow();
  }
}
