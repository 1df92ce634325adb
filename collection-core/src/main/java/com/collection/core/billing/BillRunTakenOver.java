package com.collection.core.billing;

/**
 * A batch found its run no longer where this worker left it: the run was marked failed as stale
 * and resumed or restarted elsewhere. The batch writes nothing; this worker stops.
 */
public class BillRunTakenOver extends RuntimeException {

  public BillRunTakenOver(long runId) {
    super("bill run " + runId + " was taken over or stopped by someone else");
  }
}
