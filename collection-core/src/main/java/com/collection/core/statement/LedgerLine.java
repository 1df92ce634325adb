package com.collection.core.statement;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import java.time.LocalDate;

/**
 * One line of a unit's ledger. {@code change} is what it adds to the balance (what the unit owes,
 * less its credit): a bill adds, a payment or an adjustment takes off, a reversal or a
 * counter-entry adds back. Detail lines (a payment's allocations, its credit, credit used later)
 * change nothing and say where money went; {@code detailAmount} is their amount.
 */
public record LedgerLine(LocalDate date, Kind kind, Money change, Money balance, Money detailAmount, Long billId,
    String feeItemName, String period, Long paymentId, String receiptNumber, PaymentMethod method,
    AdjustmentKind adjustmentKind, String note, boolean notYetDue) {

  public enum Kind {
    BILL, LATE_FEE_BILL, VOIDED_BILL, ADJUSTMENT, COUNTER_ENTRY, PAYMENT, ALLOCATION, CREDIT, CREDIT_USED,
    REVERSAL;

    public boolean isDetail() {
      return this == ALLOCATION || this == CREDIT || this == CREDIT_USED;
    }
  }

  LedgerLine withBalance(Money newBalance) {
    return new LedgerLine(date, kind, change, newBalance, detailAmount, billId, feeItemName, period, paymentId,
        receiptNumber, method, adjustmentKind, note, notYetDue);
  }
}
