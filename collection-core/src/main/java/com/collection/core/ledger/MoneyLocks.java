package com.collection.core.ledger;

import java.util.Collection;

/**
 * Port: the database lock that serialises every change to a unit's money (payments, reversals,
 * credit use, voids and reissues, adjustment decisions and counter-entries, late-fee postings, bill
 * runs), so that concurrent requests on any app instance never lose, duplicate or misplace money.
 * A use case takes the lock first, before it reads the state it decides on, and holds it until its
 * transaction ends; {@link MoneyEffects} refuses to record an effect for a unit whose lock the
 * transaction does not hold, so a use case cannot forget it.
 */
public interface MoneyLocks {

  /** Locks the unit (waiting while another transaction holds it) until the transaction ends. */
  void lockUnit(long unitId);

  /**
   * Locks several units in one statement, in ascending id order (so that two transactions locking
   * overlapping sets never deadlock on each other).
   */
  void lockUnits(Collection<Long> unitIds);

  /** Whether the current transaction holds the unit's lock. */
  boolean holds(long unitId);
}
