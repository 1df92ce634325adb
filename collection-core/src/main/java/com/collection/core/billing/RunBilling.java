package com.collection.core.billing;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager bills a community for a period: first a preview, then the run, which streams the
 * community's units in batches (each batch its own transaction, see {@link WriteBillBatch}).
 * Running the same period again adds nothing; runs for past periods are allowed (onboarding).
 *
 * <p>A run is {@link #start started} (checked and recorded, refused while the community has a
 * running run for the period) and then {@link #proceed proceeds} batch by batch, which the page
 * does in the background; {@link #run} does both. A run that failed or whose application stopped
 * can be {@link #resume resumed}: it goes on after the last batch it committed. Memory does not
 * grow with the community: one batch of units is held at a time.
 */
@Service
public class RunBilling {

  private final Communities communities;
  private final FeeItems feeItems;
  private final BillingUnits units;
  private final BillRuns runs;
  private final WriteBillBatch writeBatch;
  private final AuditedBillRuns audited;
  private final Clock clock;
  private final BillRunSettings settings;

  public RunBilling(Communities communities, FeeItems feeItems, BillingUnits units, BillRuns runs,
      WriteBillBatch writeBatch, AuditedBillRuns audited, Clock clock, Optional<BillRunSettings> settings) {
    this.communities = communities;
    this.feeItems = feeItems;
    this.units = units;
    this.runs = runs;
    this.writeBatch = writeBatch;
    this.audited = audited;
    this.clock = clock;
    this.settings = settings.orElse(BillRunSettings.DEFAULT);
  }

  public BillRunSettings settings() {
    return settings;
  }

  @Transactional(readOnly = true)
  public BillRunPreview preview(long communityId, List<Long> feeItemIds, String period) {
    BillRunPlan plan = plan(communityId, feeItemIds, period);
    Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    long unitCount = 0;
    long bills = 0;
    Money total = Money.ZERO;
    long after = 0;
    List<BillableUnit> batch;
    while (!(batch = units.ofCommunity(communityId, after, settings.batchSize())).isEmpty()) {
      List<BillDraft> drafts = new ArrayList<>();
      writeBatch.draft(plan, batch, drafts).forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
      unitCount += batch.size();
      bills += drafts.size();
      total = drafts.stream().map(BillDraft::amount).reduce(total, Money::plus);
      after = batch.get(batch.size() - 1).unitId();
    }
    return new BillRunPreview(unitCount, bills, total, skipped);
  }

  /** Starts the run and writes all its batches; returns the run's record. Not one transaction. */
  public BillRun run(long communityId, List<Long> feeItemIds, String period, Long startedBy) {
    return proceed(start(communityId, feeItemIds, period, startedBy).id());
  }

  /**
   * Checks the request and records the run as RUNNING, nothing written yet. Refused while the
   * community has a running run for the period, unless that one is stale (no sign of life for
   * {@link BillRunSettings#staleAfter()}), which is then marked failed.
   */
  public BillRun start(long communityId, List<Long> feeItemIds, String period, Long startedBy) {
    BillRunPlan plan = plan(communityId, feeItemIds, period);
    long unitsTotal = units.countOfCommunity(communityId);
    for (int tries = 0; tries < 3; tries++) {
      Instant now = clock.instant();
      Optional<BillRun> started = audited.start(communityId, plan.period(), plan.itemIds(), unitsTotal,
          startedBy, clock);
      if (started.isPresent()) {
        return started.get();
      }
      Optional<BillRun> running = runs.running(communityId, plan.period().key());
      if (running.isPresent()) {
        BillRun other = running.get();
        if (!other.isStale(now, settings.staleAfter())
            || !runs.abandon(other.id(), now.minus(settings.staleAfter()), now)) {
          throw alreadyRunning(other);
        }
      }
      // the other run was stale and is now failed, or finished meanwhile: try again
    }
    throw new DomainException("billing.run.alreadyRunning", plan.period().key(), "?");
  }

  /**
   * Makes a failed run, or a stale one, running again; {@link #proceed} then writes the rest.
   * Refused while another run of the same community and period is running.
   */
  public BillRun resume(long runId) {
    BillRun run = runs.byId(runId).orElseThrow(() -> new NotFoundException("billRun", runId));
    Instant now = clock.instant();
    return switch (audited.reopen(run, now.minus(settings.staleAfter()), clock)) {
      case REOPENED -> runs.byId(runId).orElseThrow();
      case ANOTHER_RUNNING -> throw runs.running(run.communityId(), run.period())
          .map(RunBilling::alreadyRunning)
          .orElseGet(() -> new DomainException("billing.run.alreadyRunning", run.period(), "?"));
      case NOT_RESUMABLE -> throw new DomainException("billing.run.notResumable", runId);
    };
  }

  /**
   * Writes the run's batches from after its last committed unit to the end, then marks it done.
   * If a batch fails the run is marked failed and the exception thrown; what earlier batches wrote
   * stays, and {@link #resume} goes on from there. If the thread is interrupted (the application
   * stopping), the run stops between batches and is marked failed. Does nothing unless the run is
   * RUNNING. Returns the run as recorded at the end.
   */
  public BillRun proceed(long runId) {
    BillRun run = runs.byId(runId).orElseThrow(() -> new NotFoundException("billRun", runId));
    if (!run.isRunning()) {
      return run;
    }
    int attempt = run.attempt();
    try {
      BillRunPlan plan = plan(run.communityId(), run.feeItemIds(), run.period());
      LocalDate today = LocalDate.now(clock);
      WriteBillBatch.Position position = WriteBillBatch.Position.of(run);
      while (true) {
        if (Thread.currentThread().isInterrupted()) {
          return stopped(runId, attempt);
        }
        List<BillableUnit> batch = units.ofCommunity(run.communityId(), position.lastUnitId(), settings.batchSize());
        if (batch.isEmpty()) {
          break;
        }
        position = writeBatch.write(position, plan, batch, today, clock.instant()).after();
      }
      audited.finish(runId, attempt, BillRun.BillRunStatus.DONE, clock);
    } catch (BillRunTakenOver e) {
      // another worker has the run now (or it was marked failed as stale): leave it to them
      return runs.byId(runId).orElseThrow();
    } catch (RuntimeException e) {
      boolean interrupted = Thread.interrupted();
      try {
        audited.finish(runId, attempt, BillRun.BillRunStatus.FAILED, clock);
      } catch (RuntimeException notRecorded) {
        e.addSuppressed(notRecorded);
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      throw e;
    }
    return runs.byId(runId).orElseThrow();
  }

  private BillRun stopped(long runId, int attempt) {
    Thread.interrupted();
    try {
      audited.finish(runId, attempt, BillRun.BillRunStatus.FAILED, clock);
      return runs.byId(runId).orElseThrow();
    } finally {
      Thread.currentThread().interrupt();
    }
  }

  private static DomainException alreadyRunning(BillRun other) {
    return new DomainException("billing.run.alreadyRunning", other.period(), String.valueOf(other.id()));
  }

  /** How long a RUNNING run may go without a sign of life before it counts as stopped. */
  public Duration staleAfter() {
    return settings.staleAfter();
  }

  private BillRunPlan plan(long communityId, List<Long> feeItemIds, String periodText) {
    Community community = communities.byId(communityId)
        .orElseThrow(() -> new NotFoundException("community", communityId));
    List<FeeItem> runnable = feeItems.ofCommunity(communityId).stream().filter(i -> i.kind().runnable()).toList();
    if (runnable.isEmpty()) {
      throw new DomainException("billing.run.noFeeItems", community.name());
    }
    if (feeItemIds == null || feeItemIds.isEmpty()) {
      throw DomainException.onField("feeItemIds", "billing.run.chooseItems");
    }
    BillingPeriod period = BillingPeriod.parse(periodText);
    List<FeeItem> chosen = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(feeItemIds)) {
      FeeItem item = runnable.stream().filter(i -> i.id().equals(id)).findFirst()
          .orElseThrow(() -> DomainException.onField("feeItemIds", "billing.run.unknownItem"));
      if (item.cycle() != period.cycle()) {
        throw DomainException.onField("period", "billing.period.cycleMismatch", item.name());
      }
      chosen.add(item);
    }
    return new BillRunPlan(communityId, community.feeYearStartMonth(), chosen, period);
  }
}
