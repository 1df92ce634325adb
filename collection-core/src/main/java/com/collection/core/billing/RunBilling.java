package com.collection.core.billing;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager bills a community for a period: first a preview, then the run, which streams the
 * community's units in batches (each batch its own transaction, see {@link WriteBillBatch}).
 * Running the same period again adds nothing; runs for past periods are allowed (onboarding).
 */
@Service
public class RunBilling {

  static final int BATCH_SIZE = 1000;

  private final Communities communities;
  private final FeeItems feeItems;
  private final BillingUnits units;
  private final BillRuns runs;
  private final WriteBillBatch writeBatch;
  private final Clock clock;

  public RunBilling(Communities communities, FeeItems feeItems, BillingUnits units, BillRuns runs,
      WriteBillBatch writeBatch, Clock clock) {
    this.communities = communities;
    this.feeItems = feeItems;
    this.units = units;
    this.runs = runs;
    this.writeBatch = writeBatch;
    this.clock = clock;
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
    while (!(batch = units.ofCommunity(communityId, after, BATCH_SIZE)).isEmpty()) {
      List<BillDraft> drafts = new ArrayList<>();
      writeBatch.draft(plan, batch, drafts).forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
      unitCount += batch.size();
      bills += drafts.size();
      total = drafts.stream().map(BillDraft::amount).reduce(total, Money::plus);
      after = batch.get(batch.size() - 1).unitId();
    }
    return new BillRunPreview(unitCount, bills, total, skipped);
  }

  /** Runs the bills; returns the run's record. Not one transaction: see {@link WriteBillBatch}. */
  public BillRun run(long communityId, List<Long> feeItemIds, String period, Long startedBy) {
    BillRunPlan plan = plan(communityId, feeItemIds, period);
    LocalDate today = LocalDate.now(clock);
    BillRun run = runs.start(communityId, plan.period(), plan.itemIds(),
        units.countOfCommunity(communityId), startedBy, clock.instant());
    long done = 0;
    long written = 0;
    Money total = Money.ZERO;
    long after = 0;
    try {
      List<BillableUnit> batch;
      while (!(batch = units.ofCommunity(communityId, after, BATCH_SIZE)).isEmpty()) {
        WriteBillBatch.Result result = writeBatch.write(run.id(), plan, batch, today, done, written, total);
        done += batch.size();
        written += result.bills();
        total = total.plus(result.total());
        after = batch.get(batch.size() - 1).unitId();
      }
      runs.finish(run.id(), BillRun.BillRunStatus.DONE, clock.instant());
    } catch (RuntimeException e) {
      runs.finish(run.id(), BillRun.BillRunStatus.FAILED, clock.instant());
      throw e;
    }
    return runs.byId(run.id()).orElseThrow();
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
