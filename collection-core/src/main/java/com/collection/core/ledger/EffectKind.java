package com.collection.core.ledger;

/** What moved money or what is owed. Later issues add adjustments and their counter-entries. */
public enum EffectKind {
  BILL_ISSUED, BILL_VOIDED, ALLOCATED, ALLOCATION_REVERSED
}
