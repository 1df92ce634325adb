package com.collection.core.ledger;

/** What moved money or what is owed. Later issues add allocations, reversals and adjustments. */
public enum EffectKind {
  BILL_ISSUED, BILL_VOIDED
}
