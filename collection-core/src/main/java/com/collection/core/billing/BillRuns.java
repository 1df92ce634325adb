package com.collection.core.billing;

import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the record of bill runs. The database keeps at most one RUNNING run per community and
 * period (a unique key), so two managers (or two application instances) can't start the same run.
 */
public interface BillRuns {

  /**
   * Records a new RUNNING run (attempt 1, nothing done yet). Empty when the community already has a
   * RUNNING run for the period.
   */
  Optional<BillRun> start(long communityId, BillingPeriod period, List<Long> feeItemIds,
      long unitsTotal, Long startedBy, Instant now);

  /** The community's RUNNING run for the period, if there is one. */
  Optional<BillRun> running(long communityId, String period);

  /**
   * Marks a RUNNING run FAILED if it has shown no sign of life since {@code noProgressSince}
   * (a stale run). Returns whether it did.
   */
  boolean abandon(long runId, Instant noProgressSince, Instant now);

  /**
   * Makes a FAILED run, or a RUNNING run with no sign of life since {@code noProgressSince}, RUNNING
   * again as a new attempt that goes on after its last unit. Its counters are recomputed from what
   * is committed (units up to the last unit, the run's bills), so they are exact whatever happened.
   */
  Reopened reopen(long runId, Instant noProgressSince, Instant now);

  /** What {@link #reopen} did. */
  enum Reopened {
    REOPENED, NOT_RESUMABLE, ANOTHER_RUNNING
  }

  /**
   * First step of a batch's transaction: locks the run's row and checks that the run is RUNNING in
   * this attempt and still at {@code lastUnitId} (so no other worker has moved it), and records a
   * sign of life. Returns false, and changes nothing, otherwise.
   */
  boolean claimBatch(long runId, int attempt, long lastUnitId, Instant now);

  /** Last step of a batch's transaction: the run's progress after the batch. */
  void progress(long runId, long lastUnitId, long unitsDone, long billsWritten, Money amountWritten,
      Instant now);

  /** Finishes the run's attempt (DONE or FAILED); does nothing if the attempt is no longer current. */
  void finish(long runId, int attempt, BillRun.BillRunStatus status, Instant now);

  Optional<BillRun> byId(long runId);

  Page<BillRun> ofCommunity(Long communityId, PageRequest page);
}
