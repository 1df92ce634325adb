package com.collection.core.billing;

/** Why a bill run passes over a unit. */
public enum SkipReason {
  VACANT, UNSOLD, NO_RATE, ALREADY_BILLED
}
