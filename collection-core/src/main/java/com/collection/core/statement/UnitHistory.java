package com.collection.core.statement;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.billing.BillStatus;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** Everything that ever moved a unit's money, as stored: the raw material of its ledger. */
public record UnitHistory(List<BillRow> bills, List<PaymentRow> payments, List<AllocationRow> allocations,
    List<CreditLotRow> creditLots, List<Adjustment> adjustments) {

  public UnitHistory {
    bills = List.copyOf(bills);
    payments = List.copyOf(payments);
    allocations = List.copyOf(allocations);
    creditLots = List.copyOf(creditLots);
    adjustments = List.copyOf(adjustments);
  }

  /** {@code lateFeeOf}: for a late-fee bill, the bill whose late fee it is. */
  public record BillRow(long id, String feeItemName, String period, Money amount, LocalDate dueDate,
      boolean lateFee, Long lateFeeOf, BillStatus status, String voidReason, Money paid, Money adjusted) {

    public Money outstanding() {
      return status == BillStatus.ISSUED ? amount.minus(paid).minus(adjusted) : Money.ZERO;
    }
  }

  public record PaymentRow(long id, Money amount, PaymentMethod method, LocalDate receivedOn, String receiptNumber,
      LocalDate reversedOn, String reversalReason) {
  }

  public record AllocationRow(long id, long paymentId, long billId, Money amount, LocalDate madeOn,
      boolean fromCredit) {
  }

  public record CreditLotRow(long paymentId, Money original, Money remaining) {
  }
}
