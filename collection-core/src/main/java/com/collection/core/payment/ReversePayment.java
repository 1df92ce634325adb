package com.collection.core.payment;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.ledger.Allocated;
import com.collection.core.ledger.BillRef;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager reverses a payment (冲正) with a reason: its receipt is void, all its allocations
 * (including those made later from its credit lot) and its remaining credit are removed from the
 * reversal's date on, and other credit then pays the re-opened bills.
 */
@Service
public class ReversePayment {

  private final Payments payments;
  private final Allocations allocations;
  private final CreditLots lots;
  private final PayableBills bills;
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final ApplyCredit applyCredit;
  private final Audit audit;
  private final Clock clock;

  public ReversePayment(Payments payments, Allocations allocations, CreditLots lots, PayableBills bills,
      MoneyLocks locks, MoneyEffects moneyEffects, ApplyCredit applyCredit, Audit audit, Clock clock) {
    this.audit = audit;
    this.payments = payments;
    this.allocations = allocations;
    this.lots = lots;
    this.bills = bills;
    this.locks = locks;
    this.moneyEffects = moneyEffects;
    this.applyCredit = applyCredit;
    this.clock = clock;
  }

  @Transactional
  public Payment reverse(long paymentId, String reason, long managerId) {
    Payment found = payments.byId(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
    locks.lockUnit(found.unitId());
    Payment payment = payments.byId(paymentId).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    Payment reversed = payment.reverse(reason, managerId, today);
    payments.markReversed(reversed);
    List<Allocation> active = allocations.ofPayment(paymentId).stream().filter(Allocation::active).toList();
    allocations.markReversed(active.stream().map(Allocation::id).toList(), today);
    Map<Long, BillRef> refs = bills.refs(active.stream().map(Allocation::billId).distinct().toList()).stream()
        .collect(Collectors.toMap(BillRef::billId, Function.identity()));
    for (Allocation allocation : active) {
      // re-opens the bill from today: money recorded later never counts on it from before today
      bills.takePaid(allocation.billId(), allocation.amount(), today);
    }
    moneyEffects.allocationsReversed(active.stream()
        .map(a -> new Allocated(refs.get(a.billId()), paymentId, a.amount(), today)).toList(), today);
    lots.ofPayment(paymentId).ifPresent(lot -> lots.empty(lot.id()));
    applyCredit.toUnit(payment.unitId(), today);
    audit.of(AuditAction.PAYMENT_REVERSED, paymentId, clock).by(managerId).in(AuditScope.unit(payment.unitId()))
        .write(Changes.none().change("status", payment.status(), reversed.status())
            .set("reversedOn", reversed.reversedOn()).set("reason", reversed.reversalReason())
            .set("receiptNumber", payment.receiptNumber()).set("amount", payment.amount()));
    return reversed;
  }
}
