package com.collection.core.adjustment;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to lower one bill (减免 / 补偿 / 更正), and what became of it. It takes effect when a
 * manager other than the requester approves it, never by more than the bill's outstanding amount
 * at that moment; it is undone only by a counter-entry a manager makes with a reason. Nothing here
 * is ever deleted.
 */
public record Adjustment(Long id, long billId, long unitId, AdjustmentKind kind, Money amount, String reason,
    AdjustmentStatus status, long requestedBy, Instant requestedAt, Long decidedBy, Instant decidedAt,
    LocalDate decidedOn, String decisionNote, Long counteredBy, Instant counteredAt, LocalDate counteredOn,
    String counterReason) {

  static final int REASON_MAX = 200;

  public Adjustment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
  }

  /**
   * A new request, checked against the bill's outstanding amount now (approval checks again).
   * {@code rawAmount} is what the person typed, so that three decimals get a message rather than
   * a rounding.
   */
  public static Adjustment request(long billId, long unitId, AdjustmentKind kind, BigDecimal rawAmount,
      String reason, long requestedBy, Instant now, Money outstanding) {
    if (kind == null) {
      throw DomainException.onField("kind", "validation.required");
    }
    Money amount = amountOf(rawAmount, outstanding);
    return new Adjustment(null, billId, unitId, kind, amount, required("reason", reason), AdjustmentStatus.PENDING,
        requestedBy, now, null, null, null, null, null, null, null, null);
  }

  /** Approved by {@code managerId} (checked to hold the manager role by the caller). */
  public Adjustment approve(long managerId, Money outstandingNow, Instant now, LocalDate today) {
    requirePending();
    if (managerId == requestedBy) {
      throw new DomainException("adjustment.selfApproval");
    }
    if (amount.compareTo(outstandingNow) > 0) {
      throw new DomainException("adjustment.amount.aboveOutstandingNow", amount.amount().toPlainString(),
          outstandingNow.amount().toPlainString());
    }
    return new Adjustment(id, billId, unitId, kind, amount, reason, AdjustmentStatus.APPROVED, requestedBy,
        requestedAt, managerId, now, today, null, null, null, null, null);
  }

  /** Turned down (or withdrawn), with an optional note. */
  public Adjustment reject(long managerId, String note, Instant now, LocalDate today) {
    requirePending();
    String clean = note == null ? "" : note.strip();
    if (clean.length() > REASON_MAX) {
      throw DomainException.onField("note", "validation.tooLong", REASON_MAX);
    }
    return new Adjustment(id, billId, unitId, kind, amount, reason, AdjustmentStatus.REJECTED, requestedBy,
        requestedAt, managerId, now, today, clean.isEmpty() ? null : clean, null, null, null, null);
  }

  /** Undone by a counter-entry dated today: the bill owes the amount again from today on. */
  public Adjustment counter(long managerId, String why, Instant now, LocalDate today) {
    if (status != AdjustmentStatus.APPROVED) {
      throw new DomainException(status == AdjustmentStatus.COUNTERED ? "adjustment.counter.already"
          : "adjustment.counter.notApproved");
    }
    return new Adjustment(id, billId, unitId, kind, amount, reason, AdjustmentStatus.COUNTERED, requestedBy,
        requestedAt, decidedBy, decidedAt, decidedOn, decisionNote, managerId, now, today, required("reason", why));
  }

  private void requirePending() {
    if (status != AdjustmentStatus.PENDING) {
      throw new DomainException("adjustment.notPending");
    }
  }

  /** Compared before it is Money: a figure of twenty digits is above any bill, not a broken Money. */
  private static Money amountOf(BigDecimal raw, Money outstanding) {
    if (raw == null) {
      throw DomainException.onField("amount", "validation.required");
    }
    if (raw.signum() <= 0) {
      throw DomainException.onField("amount", "adjustment.amount.positive");
    }
    if (raw.stripTrailingZeros().scale() > 2) {
      throw DomainException.onField("amount", "adjustment.amount.decimals");
    }
    if (raw.compareTo(outstanding.amount()) > 0) {
      throw DomainException.onField("amount", "adjustment.amount.aboveOutstanding",
          outstanding.amount().toPlainString());
    }
    return new Money(raw);
  }

  private static String required(String field, String text) {
    String clean = text == null ? "" : text.strip();
    if (clean.isEmpty()) {
      throw DomainException.onField(field, "validation.required");
    }
    if (clean.length() > REASON_MAX) {
      throw DomainException.onField(field, "validation.tooLong", REASON_MAX);
    }
    return clean;
  }
}
