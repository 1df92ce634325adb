package com.collection.core.payment;

/**
 * Port: the database lock that serialises every money change of one unit (payments, reversals,
 * credit use), so concurrent requests on any app instance never lose or duplicate money.
 */
public interface MoneyLocks {

  void lockUnit(long unitId);
}
