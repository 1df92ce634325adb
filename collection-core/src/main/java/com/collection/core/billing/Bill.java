package com.collection.core.billing;

import com.collection.core.ledger.BillRef;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fee item for one unit for one billing period (账单). Its amount never changes; what is paid
 * and adjusted is tracked against it. A bill nothing was paid or adjusted on can be voided.
 * {@code reopenedOn} is the last day a reversal or a counter-entry took money off it (null if none).
 */
public record Bill(Long id, long unitId, long buildingId, long feeItemId, BillingPeriod period,
    int revision, Money amount, LocalDate dueDate, int feeYear, BillBasis basis, BillStatus status,
    Money paid, Money adjusted, String voidReason, LocalDate voidedOn, boolean lateFee, LocalDate reopenedOn) {

  public Bill {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
  }

  /** The bill as the money-effects writer sees it. */
  public BillRef ref() {
    return new BillRef(id, unitId, buildingId, feeYear, dueDate, amount, lateFee, reopenedOn);
  }

  public Money outstanding() {
    return status == BillStatus.VOIDED ? Money.ZERO : amount.minus(paid).minus(adjusted);
  }

  public boolean isLive() {
    return status == BillStatus.ISSUED;
  }

  /** Voids the bill (an error correction): only when nothing was paid or adjusted on it. */
  public Bill voidBecause(String reason, LocalDate today) {
    if (!isLive()) {
      throw new DomainException("bill.void.alreadyVoided");
    }
    if (!paid.isZero() || !adjusted.isZero()) {
      throw new DomainException("bill.void.paid");
    }
    String clean = reason == null ? "" : reason.strip();
    if (clean.isEmpty()) {
      throw DomainException.onField("reason", "validation.required");
    }
    if (clean.length() > 200) {
      throw DomainException.onField("reason", "validation.tooLong", 200);
    }
    return new Bill(id, unitId, buildingId, feeItemId, period, revision, amount, dueDate, feeYear,
        basis, BillStatus.VOIDED, paid, adjusted, clean, today, lateFee, reopenedOn);
  }
}
