package com.collection.core.payment;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.util.List;
import java.util.Optional;

/** Port: payments. The schema makes receipt numbers, idempotency keys and references unique. */
public interface Payments {

  Payment insert(Payment payment);

  Optional<Payment> byId(long id);

  Optional<Payment> byIdempotencyKey(String key);

  boolean referenceTaken(PaymentMethod method, String reference);

  /**
   * Writes a reversal ({@link Payment#reverse}) only if the payment is still valid; throws a
   * {@link com.collection.core.shared.DomainException} ({@code payment.reverse.already}) otherwise.
   */
  void markReversed(Payment payment);

  List<Payment> ofUnit(long unitId);

  /** Payments whose receipt number or reference contains the text, newest first, as the viewer may see. */
  Page<PaymentSummary> search(String text, Viewer viewer, PageRequest page);
}
