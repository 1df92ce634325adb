package com.collection.core.billing;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bill run's start, resumption and end, each with its audit entry in the same transaction. The
 * batches in between are the money (each bill goes through the money-effects writer); these are
 * the run's own life.
 */
@Service
public class AuditedBillRuns {

  private final BillRuns runs;
  private final Audit audit;

  public AuditedBillRuns(BillRuns runs, Audit audit) {
    this.runs = runs;
    this.audit = audit;
  }

  @Transactional
  public Optional<BillRun> start(long communityId, BillingPeriod period, List<Long> feeItemIds, long unitsTotal,
      Long startedBy, Clock clock) {
    Optional<BillRun> started = runs.start(communityId, period, feeItemIds, unitsTotal, startedBy, clock.instant());
    started.ifPresent(run -> audit.of(AuditAction.BILL_RUN_STARTED, run.id(), clock).by(startedBy)
        .in(AuditScope.community(communityId)).write(Changes.none().set("period", period.key())
            .set("feeItemIds", feeItemIds).set("unitsTotal", unitsTotal).set("status", run.status())));
    return started;
  }

  @Transactional
  public BillRuns.Reopened reopen(BillRun run, Instant noProgressSince, Clock clock) {
    BillRuns.Reopened reopened = runs.reopen(run.id(), noProgressSince, clock.instant());
    if (reopened == BillRuns.Reopened.REOPENED) {
      audit.of(AuditAction.BILL_RUN_RESUMED, run.id(), clock).in(AuditScope.community(run.communityId()))
          .write(Changes.none().change("status", run.status(), BillRun.BillRunStatus.RUNNING)
              .change("attempt", run.attempt(), run.attempt() + 1));
    }
    return reopened;
  }

  @Transactional
  public void finish(long runId, int attempt, BillRun.BillRunStatus status, Clock clock) {
    runs.finish(runId, attempt, status, clock.instant());
    runs.byId(runId).filter(run -> run.attempt() == attempt && run.status() == status).ifPresent(run ->
        audit.of(AuditAction.BILL_RUN_FINISHED, runId, clock).in(AuditScope.community(run.communityId()))
            .write(Changes.none().change("status", BillRun.BillRunStatus.RUNNING, status)
                .set("unitsDone", run.unitsDone()).set("billsWritten", run.billsWritten())
                .set("totalAmount", run.totalAmount())));
  }
}
