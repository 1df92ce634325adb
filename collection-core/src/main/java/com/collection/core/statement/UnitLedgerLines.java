package com.collection.core.statement;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.adjustment.AdjustmentStatus;
import com.collection.core.billing.BillStatus;
import com.collection.core.shared.Money;
import com.collection.core.statement.LedgerLine.Kind;
import com.collection.core.statement.UnitHistory.AllocationRow;
import com.collection.core.statement.UnitHistory.BillRow;
import com.collection.core.statement.UnitHistory.CreditLotRow;
import com.collection.core.statement.UnitHistory.PaymentRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a unit's history into dated ledger lines with the balance after each. Dates follow the
 * collection-rate definitions: a bill on its due date (a voided bill counts nowhere and changes
 * nothing), a payment on its received date, a reversal, an adjustment and a counter-entry on the
 * day they were made, credit used later on the day it was used. The last balance is therefore what
 * the unit owes now (due or not yet due) less its credit.
 */
public final class UnitLedgerLines {

  private UnitLedgerLines() {
  }

  /** Sort key within a day: bills, then adjustments, payments with their details, credit used, reversals. */
  private record Keyed(LocalDate date, int group, long id, int sub, LedgerLine line) {
  }

  private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::date).thenComparingInt(Keyed::group)
      .thenComparingLong(Keyed::id).thenComparingInt(Keyed::sub);

  public static List<LedgerLine> of(UnitHistory history, LocalDate today) {
    Map<Long, BillRow> bills = history.bills().stream().collect(Collectors.toMap(BillRow::id, Function.identity()));
    Map<Long, CreditLotRow> lots = history.creditLots().stream()
        .collect(Collectors.toMap(CreditLotRow::paymentId, Function.identity()));
    Map<Long, PaymentRow> payments = history.payments().stream()
        .collect(Collectors.toMap(PaymentRow::id, Function.identity()));
    List<Keyed> keyed = new ArrayList<>();
    for (BillRow bill : history.bills()) {
      boolean voided = bill.status() == BillStatus.VOIDED;
      Kind kind = voided ? Kind.VOIDED_BILL : bill.lateFee() ? Kind.LATE_FEE_BILL : Kind.BILL;
      // a late-fee bill is named after the bill it is the late fee of: 滞纳金（物业服务费 2026-03）
      BillRow named = bill.lateFeeOf() != null && bills.containsKey(bill.lateFeeOf()) ? bills.get(bill.lateFeeOf()) : bill;
      keyed.add(new Keyed(bill.dueDate(), 0, bill.id(), 0, new LedgerLine(bill.dueDate(), kind,
          voided ? Money.ZERO : bill.amount(), null, voided ? bill.amount() : null, bill.id(), named.feeItemName(),
          bill.period(), null, null, null, null, voided ? bill.voidReason() : null, bill.dueDate().isAfter(today))));
    }
    for (Adjustment a : history.adjustments()) {
      if (a.status() != AdjustmentStatus.APPROVED && a.status() != AdjustmentStatus.COUNTERED) {
        continue;
      }
      BillRow bill = bills.get(a.billId());
      keyed.add(new Keyed(a.decidedOn(), 1, a.id(), 0, new LedgerLine(a.decidedOn(), Kind.ADJUSTMENT,
          a.amount().negate(), null, null, a.billId(), bill.feeItemName(), bill.period(), null, null, null, a.kind(),
          a.reason(), false)));
      if (a.status() == AdjustmentStatus.COUNTERED) {
        keyed.add(new Keyed(a.counteredOn(), 2, a.id(), 0, new LedgerLine(a.counteredOn(), Kind.COUNTER_ENTRY,
            a.amount(), null, null, a.billId(), bill.feeItemName(), bill.period(), null, null, null, a.kind(),
            a.counterReason(), false)));
      }
    }
    for (PaymentRow p : history.payments()) {
      keyed.add(new Keyed(p.receivedOn(), 3, p.id(), 0, new LedgerLine(p.receivedOn(), Kind.PAYMENT,
          p.amount().negate(), null, null, null, null, null, p.id(), p.receiptNumber(), p.method(), null, null,
          false)));
      CreditLotRow lot = lots.get(p.id());
      if (lot != null) {
        keyed.add(new Keyed(p.receivedOn(), 3, p.id(), Integer.MAX_VALUE, new LedgerLine(p.receivedOn(),
            Kind.CREDIT, Money.ZERO, null, lot.original(), null, null, null, p.id(), p.receiptNumber(), null, null,
            null, false)));
      }
      if (p.reversedOn() != null) {
        keyed.add(new Keyed(p.reversedOn(), 5, p.id(), 0, new LedgerLine(p.reversedOn(), Kind.REVERSAL,
            p.amount(), null, null, null, null, null, p.id(), p.receiptNumber(), p.method(), null,
            p.reversalReason(), false)));
      }
    }
    int sub = 1;
    for (AllocationRow a : history.allocations()) {
      BillRow bill = bills.get(a.billId());
      PaymentRow payment = payments.get(a.paymentId());
      if (a.fromCredit()) {
        keyed.add(new Keyed(a.madeOn(), 4, a.id(), 0, new LedgerLine(a.madeOn(), Kind.CREDIT_USED, Money.ZERO,
            null, a.amount(), a.billId(), bill.feeItemName(), bill.period(), a.paymentId(), payment.receiptNumber(),
            null, null, null, false)));
      } else {
        keyed.add(new Keyed(payment.receivedOn(), 3, a.paymentId(), sub++, new LedgerLine(payment.receivedOn(),
            Kind.ALLOCATION, Money.ZERO, null, a.amount(), a.billId(), bill.feeItemName(), bill.period(),
            a.paymentId(), payment.receiptNumber(), null, null, null, false)));
      }
    }
    keyed.sort(ORDER);
    List<LedgerLine> lines = new ArrayList<>(keyed.size());
    Money balance = Money.ZERO;
    for (Keyed k : keyed) {
      balance = balance.plus(k.line().change());
      lines.add(k.line().withBalance(balance));
    }
    return lines;
  }
}
