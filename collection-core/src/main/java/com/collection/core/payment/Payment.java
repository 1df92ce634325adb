package com.collection.core.payment;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money received for a unit (实收), with its receipt number. Never edited or deleted: a mistake is
 * reversed (冲正), which voids the receipt.
 */
public record Payment(Long id, long unitId, long communityId, Money amount, PaymentMethod method,
    String payer, String reference, LocalDate receivedOn, Instant recordedAt, LocalDate recordedOn,
    long recordedBy, String receiptNumber, Status status, LocalDate reversedOn, String reversalReason,
    Long reversedBy, String idempotencyKey) {

  public enum Status {
    VALID, REVERSED
  }

  public boolean reversed() {
    return status == Status.REVERSED;
  }

  /** The payment reversed on {@code today} by a manager, with a reason. */
  public Payment reverse(String reason, long managerId, LocalDate today) {
    if (reversed()) {
      throw new DomainException("payment.reverse.already");
    }
    String clean = reason == null ? "" : reason.strip();
    if (clean.isEmpty()) {
      throw DomainException.onField("reason", "validation.required");
    }
    if (clean.length() > 200) {
      throw DomainException.onField("reason", "validation.tooLong", 200);
    }
    return new Payment(id, unitId, communityId, amount, method, payer, reference, receivedOn,
        recordedAt, recordedOn, recordedBy, receiptNumber, Status.REVERSED, today, clean, managerId,
        idempotencyKey);
  }
}
