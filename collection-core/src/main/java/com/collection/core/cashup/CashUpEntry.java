package com.collection.core.cashup;

import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import java.time.LocalDate;

/**
 * One line of a person's day at the cash desk: a payment they recorded that day (positive amount)
 * or a reversal they made that day (negative amount), with the payment's status as then known.
 */
public record CashUpEntry(long paymentId, Kind kind, long communityId, String communityName,
    String receiptNumber, PaymentMethod method, Money amount, LocalDate receivedOn,
    Payment.Status paymentStatus, String payer, String buildingName, String unitNumber) {

  public enum Kind {
    PAYMENT, REVERSAL
  }

  public CashUpEntry {
    if (kind == Kind.PAYMENT ? !amount.isPositive() : !amount.isNegative()) {
      throw new IllegalArgumentException("a payment counts positive, a reversal negative: " + kind + " " + amount);
    }
  }

  /** The running number of the receipt inside its community and year: 123 of YG-2026-000123. */
  public long sequence() {
    return sequenceOf(receiptNumber);
  }

  public boolean voided() {
    return paymentStatus == Payment.Status.REVERSED;
  }

  /** What makes two snapshots count the same money: the payment, whether it is taken or given back, how much. */
  String moneyKey() {
    return paymentId + ":" + kind + ":" + method + ":" + amount;
  }

  public static long sequenceOf(String receiptNumber) {
    return Long.parseLong(receiptNumber.substring(receiptNumber.lastIndexOf('-') + 1));
  }
}
