package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated change to what a unit owes (receivable) or paid (collected), as the collection-rate
 * definitions count it: {@code businessDate} is the day from which it counts "as of"; the bill's
 * fee year decides which year's figures it belongs to. {@code countsInRates} is false for late-fee
 * bills, which count in no collection rate. {@code paymentId} names the payment behind a collected
 * effect, {@code adjustmentId} the adjustment behind an adjustment or its counter-entry.
 */
public record MoneyEffect(EffectKind kind, LocalDate businessDate, LocalDate recordedOn, long unitId,
    long buildingId, int feeYear, long billId, Money receivable, Money collected,
    boolean countsInRates, Long paymentId, Long adjustmentId) {

  public MoneyEffect {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(recordedOn, "recordedOn");
    Objects.requireNonNull(receivable, "receivable");
    Objects.requireNonNull(collected, "collected");
  }
}
