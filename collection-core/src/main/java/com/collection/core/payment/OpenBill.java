package com.collection.core.payment;

import com.collection.core.ledger.BillRef;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.Comparator;

/** A bill with something outstanding, as allocation sees it. */
public record OpenBill(BillRef ref, long feeItemId, Money outstanding) {

  /** "By due date, then fee item, then bill id" (Ledger rules). */
  public static final Comparator<OpenBill> ORDER = Comparator
      .comparing((OpenBill b) -> b.ref().dueDate())
      .thenComparingLong(OpenBill::feeItemId)
      .thenComparingLong(b -> b.ref().billId());

  public long billId() {
    return ref.billId();
  }

  public LocalDate dueDate() {
    return ref.dueDate();
  }
}
