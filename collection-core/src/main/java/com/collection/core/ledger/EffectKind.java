package com.collection.core.ledger;

/** What moved money or what is owed. */
public enum EffectKind {
  BILL_ISSUED, BILL_VOIDED, ALLOCATED, ALLOCATION_REVERSED, ADJUSTED, ADJUSTMENT_COUNTERED
}
