package com.collection.core.arrears;

/** A case is open while its unit has a bill past due beyond the community's threshold. */
public enum CaseStatus {
  OPEN, CLOSED
}
