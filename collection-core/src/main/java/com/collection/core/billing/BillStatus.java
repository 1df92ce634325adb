package com.collection.core.billing;

/** A bill is issued, or voided (then it counts in no figure, as if never issued). */
public enum BillStatus {
  ISSUED, VOIDED
}
