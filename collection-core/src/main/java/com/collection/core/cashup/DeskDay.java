package com.collection.core.cashup;

import com.collection.core.shared.Money;

/**
 * One person's day on the managers' page: what they took and gave back (live), and their report if
 * they submitted one (its status, revision, totals, counted cash and difference).
 */
public record DeskDay(long staffId, String staffName, int liveEntries, Money liveNet, Long cashUpId,
    CashUp.Status status, Integer revision, Integer submittedEntries, Money submittedNet, Money expectedCash,
    Money counted, Money difference) {

  public boolean submitted() {
    return cashUpId != null;
  }

  /** The person's day no longer matches what they submitted (a quick check on count and total). */
  public boolean changedSinceSubmission() {
    return submitted() && (submittedEntries != liveEntries || submittedNet.compareTo(liveNet) != 0);
  }
}
