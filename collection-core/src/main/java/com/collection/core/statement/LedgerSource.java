package com.collection.core.statement;

/** Port: a unit's whole money history, read in a handful of queries (one per kind of row). */
public interface LedgerSource {

  UnitHistory historyOf(long unitId);
}
