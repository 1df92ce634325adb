package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.util.List;

/** Port: the bill side of payments — what is open, and recording what was paid on a bill. */
public interface PayableBills {

  /** The unit's issued bills with something outstanding (due or not yet due). */
  List<OpenBill> openOfUnit(long unitId);

  /** Adds to (or, negative, takes from) a bill's paid amount; the schema refuses over-allocation. */
  void addPaid(long billId, Money delta);

  /** The bills behind these ids, as the effects writer needs them. */
  List<com.collection.core.ledger.BillRef> refs(List<Long> billIds);
}
