package com.collection.core.latefee;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.billing.Bill;
import com.collection.core.billing.BillBasis;
import com.collection.core.billing.BillDraft;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.Bills;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeItems;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.FeeYears;
import com.collection.core.estate.Communities;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.payment.ApplyCredit;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Viewer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff post one bill's accrued late fee up to today as a late-fee bill linked to it (at most once
 * per bill; accrual on the bill then stops). The late-fee bill counts in no collection rate, is
 * due today, and credit pays it at once if the unit holds any. Not posting is the waiver.
 */
@Service
public class PostLateFee {

  /** The name of the late-fee item made for a community at its first posting. */
  public static final String ITEM_NAME = "滞纳金";

  private final Bills bills;
  private final LateFeeBills lateFeeBills;
  private final LateFeePolicies policies;
  private final FeeItems feeItems;
  private final Communities communities;
  private final EstateDirectory directory;
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final ApplyCredit applyCredit;
  private final Audit audit;
  private final Clock clock;

  public PostLateFee(Bills bills, LateFeeBills lateFeeBills, LateFeePolicies policies, FeeItems feeItems,
      Communities communities, EstateDirectory directory, MoneyLocks locks, MoneyEffects moneyEffects,
      ApplyCredit applyCredit, Audit audit, Clock clock) {
    this.audit = audit;
    this.bills = bills;
    this.lateFeeBills = lateFeeBills;
    this.policies = policies;
    this.feeItems = feeItems;
    this.communities = communities;
    this.directory = directory;
    this.locks = locks;
    this.moneyEffects = moneyEffects;
    this.applyCredit = applyCredit;
    this.clock = clock;
  }

  /** The unit of a bill the viewer may see (not found, or refused for another building's). */
  @Transactional(readOnly = true)
  public long unitOfBill(long billId, Viewer viewer) {
    Bill bill = bills.byId(billId).orElseThrow(() -> new NotFoundException("bill", billId));
    directory.requireUnitVisible(bill.unitId(), viewer);
    return bill.unitId();
  }

  /** Posts the bill's late fee accrued up to today and returns the new late-fee bill. */
  @Transactional
  public Bill post(long billId, Viewer viewer) {
    long unitId = unitOfBill(billId, viewer);
    locks.lockUnit(unitId);
    Bill parent = bills.byId(billId).orElseThrow(() -> new NotFoundException("bill", billId));
    if (parent.lateFee()) {
      throw new DomainException("lateFee.post.lateFeeBill");
    }
    if (!parent.isLive()) {
      throw new DomainException("lateFee.post.notLive");
    }
    LateFeeBills.AccruingBill accruing = lateFeeBills.accruingBillsOfUnits(List.of(unitId)).stream()
        .filter(b -> b.billId() == billId).findFirst()
        .orElseThrow(() -> new DomainException("lateFee.post.notLive"));
    if (accruing.posted()) {
      throw new DomainException("lateFee.post.already");
    }
    LocalDate today = LocalDate.now(clock);
    LateFeePolicy policy = policies.byCommunity(accruing.communityId()).orElse(null);
    List<PrincipalChange> changes = lateFeeBills.principalChangesOfUnits(List.of(unitId)).stream()
        .filter(c -> c.billId() == billId).toList();
    LateFeeAccrual.Accrued accrued = LateFeeAccrual.accrue(parent.amount(), parent.dueDate(), policy, changes, today);
    if (!accrued.fee().isPositive()) {
      throw new DomainException("lateFee.post.nothing");
    }
    FeeItem item = lateFeeItem(accruing.communityId());
    int startMonth = communities.byId(accruing.communityId()).orElseThrow().feeYearStartMonth();
    // The unique key is (unit, fee item, period, revision): late-fee bills of two parents of the
    // same period on one unit (say the service fee and the parking fee of 2026-05) share the
    // late-fee item and the period, so each takes the next revision. The unit is locked, so no
    // one else takes the same revision meanwhile.
    int revision = bills.highestRevision(unitId, item.id(), parent.period()) + 1;
    BillDraft draft = new BillDraft(unitId, parent.buildingId(), item.id(), parent.period(), revision,
        accrued.fee(), today, FeeYears.containing(today, startMonth),
        new BillBasis(FeeKind.LATE_FEE, policy.dailyRatePercent(), BigDecimal.valueOf(accrued.days()), 0));
    long id = lateFeeBills.insertLateFeeBill(draft, billId, viewer.staffId() > 0 ? viewer.staffId() : null);
    Bill posted = bills.byId(id).orElseThrow();
    moneyEffects.billsIssued(List.of(posted.ref()), today);
    applyCredit.toUnit(unitId, today);
    audit.of(AuditAction.LATE_FEE_POSTED, posted.id(), clock).by(viewer.staffId()).in(AuditScope.unit(unitId))
        .write(Changes.none().set("lateFeeOf", billId).set("amount", posted.amount()).set("days", accrued.days())
            .set("dailyRatePercent", policy.dailyRatePercent()).set("period", posted.period()));
    return posted;
  }

  /** The community's late-fee item, made at its first posting. */
  private FeeItem lateFeeItem(long communityId) {
    return feeItems.ofCommunity(communityId).stream().filter(i -> i.kind() == FeeKind.LATE_FEE).findFirst()
        .orElseGet(() -> {
          if (feeItems.nameTaken(communityId, ITEM_NAME)) {
            throw new DomainException("lateFee.post.itemNameTaken");
          }
          return feeItems.save(FeeItem.create(communityId, ITEM_NAME, FeeKind.LATE_FEE, BillingCycle.MONTHLY, 1,
              true, true));
        });
  }
}
