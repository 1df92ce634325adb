package com.collection.core.latefee;

import com.collection.core.shared.Money;
import java.time.LocalDate;

/**
 * One bill's late fee: accrued up to the day asked (zero once posted), the first day it accrues,
 * and, once posted, the late-fee bill and its amount ({@code postedVoided}: that bill was voided
 * since, which waives it; a bill is posted at most once).
 */
public record BillLateFee(long billId, Money accrued, LocalDate accruesFrom, Long postedBillId,
    Money postedAmount, boolean postedVoided) {

  public boolean posted() {
    return postedBillId != null;
  }

  /** Staff may post it: something accrued and nothing posted yet. */
  public boolean postable() {
    return !posted() && accrued.isPositive();
  }
}
