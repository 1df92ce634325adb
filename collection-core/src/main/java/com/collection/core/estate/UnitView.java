package com.collection.core.estate;

import java.util.List;

/** Everything the unit page shows about the estate side of a unit. */
public record UnitView(UnitSummary unit, Community community, List<Owner> currentOwners,
    List<PastOwnership> history) {

  /** An ownership span with its owners, for the unit's history. */
  public record PastOwnership(Ownership span, List<Owner> owners) {
  }
}
