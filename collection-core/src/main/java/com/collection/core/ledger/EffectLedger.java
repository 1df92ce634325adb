package com.collection.core.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: where money effects are kept, and the rollups the boards read. {@link #apply} adds the
 * deltas to the day rows and to the month rows (upserts; concurrent writers must not lose one).
 */
public interface EffectLedger {

  void append(List<MoneyEffect> effects);

  void apply(List<RollupDelta> daily, List<RollupDelta> monthly);

  /**
   * The same as {@link #append}, for many effects at once (a bill run's batch): one statement
   * where the database allows it.
   */
  void appendInBulk(List<MoneyEffect> effects);

  /** Receivable and collected of one building's fee year as of a day, read from the rollups. */
  Totals asOf(long buildingId, int feeYear, LocalDate day);

  record Totals(com.collection.core.shared.Money receivable, com.collection.core.shared.Money collected) {
  }
}
