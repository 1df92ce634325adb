package com.collection.core.billing;

/** How often a fee item is billed; a quarterly bill is one bill of three months. */
public enum BillingCycle {
  MONTHLY(1), QUARTERLY(3), YEARLY(12);

  private final int months;

  BillingCycle(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }
}
