package com.collection.core.adjustment;

/** A request waits for a second person; approved ones count until a counter-entry undoes them. */
public enum AdjustmentStatus {
  PENDING, APPROVED, REJECTED, COUNTERED
}
