package com.collection.core.billing;

/**
 * How a fee item's amount is computed: rate per m² per month, a fixed amount per unit per month,
 * or the community's late-fee item (posted per bill, never run). Metered items (reading × price)
 * will be a fourth kind.
 */
public enum FeeKind {
  PER_AREA, FIXED, LATE_FEE;

  public boolean runnable() {
    return this != LATE_FEE;
  }
}
