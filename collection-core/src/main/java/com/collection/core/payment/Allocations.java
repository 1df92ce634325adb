package com.collection.core.payment;

import java.time.LocalDate;
import java.util.List;

/** Port: allocations of payments to bills. Never deleted; a reversal marks them. */
public interface Allocations {

  void insert(List<Allocation> allocations);

  List<Allocation> ofPayment(long paymentId);

  void markReversed(List<Long> allocationIds, LocalDate on);
}
