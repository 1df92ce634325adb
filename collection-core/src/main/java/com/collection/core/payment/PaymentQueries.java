package com.collection.core.payment;

import java.util.List;

/** Port: read models for receipts and the unit page. */
public interface PaymentQueries {

  /** The bills a payment's allocations paid, made when it was recorded and later from its credit. */
  List<PaidBillLine> linesOf(long paymentId);

  String staffName(long staffId);
}
