package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** Port: the bill side of payments — what is open, and recording what was paid on a bill. */
public interface PayableBills {

  /** The unit's issued bills with something outstanding (due or not yet due). */
  List<OpenBill> openOfUnit(long unitId);

  /**
   * Adds a positive amount to a bill's paid amount, only while the bill is issued and owes at least
   * that much; otherwise writes nothing and throws a {@link com.collection.core.shared.DomainException}
   * ({@code payment.bill.notPayable}).
   */
  void addPaid(long billId, Money amount);

  /**
   * Takes a reversed allocation's amount off a bill's paid amount and records the day the bill was
   * re-opened ({@code on}, kept if a later one is recorded); throws a
   * {@link com.collection.core.shared.DomainException} ({@code payment.reverse.changed}) if the
   * bill has less paid than that.
   */
  void takePaid(long billId, Money amount, LocalDate on);

  /** The bills behind these ids, as the effects writer needs them. */
  List<com.collection.core.ledger.BillRef> refs(List<Long> billIds);
}
