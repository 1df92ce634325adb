package com.collection.core.payment;

import java.time.LocalDate;
import java.util.List;

/** Port: allocations of payments to bills. Never deleted; a reversal marks them. */
public interface Allocations {

  void insert(List<Allocation> allocations);

  List<Allocation> ofPayment(long paymentId);

  /**
   * Marks live allocations reversed from {@code on}; throws a
   * {@link com.collection.core.shared.DomainException} ({@code payment.reverse.already}) if any of
   * them was reversed already.
   */
  void markReversed(List<Long> allocationIds, LocalDate on);
}
