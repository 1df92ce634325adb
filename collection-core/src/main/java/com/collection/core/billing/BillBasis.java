package com.collection.core.billing;

import java.math.BigDecimal;

/**
 * How a bill's amount was computed, kept with the bill: rate × quantity × months (quantity is the
 * area in m² for per-area items and 1 for fixed ones), rounded once to the fen.
 */
public record BillBasis(FeeKind kind, BigDecimal rate, BigDecimal quantity, int months) {

  public BigDecimal exactAmount() {
    return rate.multiply(quantity).multiply(BigDecimal.valueOf(months));
  }
}
