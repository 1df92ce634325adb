package com.collection.persistence.ledger;

import com.collection.core.ledger.RollupDelta;
import java.util.List;

/**
 * Adds deltas to rollup rows, creating missing ones. Vendor-specific: PostgreSQL's
 * {@code INSERT ... ON CONFLICT DO UPDATE} is safe under concurrent inserts (its {@code MERGE} is
 * not); H2 has no {@code DO UPDATE} and uses {@code MERGE}.
 */
interface RollupUpsert {

  void addToDays(List<RollupDelta> deltas);

  void addToMonths(List<RollupDelta> deltas);
}
