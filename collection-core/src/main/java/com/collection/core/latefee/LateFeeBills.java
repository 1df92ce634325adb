package com.collection.core.latefee;

import com.collection.core.billing.BillDraft;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Port: the bill side of late fees, read per unit (a few queries per call, never one per bill). */
public interface LateFeeBills {

  /**
   * The units' live bills that may accrue a late fee (every issued bill that is not itself a
   * late-fee bill), each with its community and the late-fee bill posted for it, if any.
   */
  List<AccruingBill> accruingBillsOfUnits(Collection<Long> unitIds);

  /** The principal changes (allocations and approved or countered adjustments) of the units' bills. */
  List<PrincipalChange> principalChangesOfUnits(Collection<Long> unitIds);

  /**
   * Writes a late-fee bill linked to its parent and returns its id. The schema keeps one late-fee
   * bill per parent ({@code UNIQUE (late_fee_of)}); a second one is refused.
   */
  long insertLateFeeBill(BillDraft draft, long lateFeeOf, Long postedBy);

  /** A live bill as late fees see it, with the late-fee bill posted for it (any status), if any. */
  record AccruingBill(long billId, long unitId, long communityId, Money amount, LocalDate dueDate,
      Long postedBillId, Money postedAmount, boolean postedVoided) {

    public boolean posted() {
      return postedBillId != null;
    }
  }
}
