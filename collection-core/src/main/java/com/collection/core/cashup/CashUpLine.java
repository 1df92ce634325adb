package com.collection.core.cashup;

import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;

/** One payment method's part of a day: the payments taken, the reversals made, and what is left. */
public record CashUpLine(PaymentMethod method, int paymentCount, Money payments, int reversalCount,
    Money reversals) {

  /** Payments plus reversals (which are negative). */
  public Money net() {
    return payments.plus(reversals);
  }
}
