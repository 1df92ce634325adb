package com.collection.core.billing;

import com.collection.core.ledger.MoneyEffects;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one batch of a bill run in its own transaction: the bills, their money effects and the
 * rollups, and the run's progress. A batch is wholly written or not at all, so a run that stops
 * halfway can be started again and finishes the rest (the unique key keeps every bill single).
 */
@Service
public class WriteBillBatch {

  private final Bills bills;
  private final BillRuns runs;
  private final MoneyEffects moneyEffects;

  public WriteBillBatch(Bills bills, BillRuns runs, MoneyEffects moneyEffects) {
    this.bills = bills;
    this.runs = runs;
    this.moneyEffects = moneyEffects;
  }

  /** What a batch did. */
  public record Result(long bills, Money total, Map<SkipReason, Long> skipped) {
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Result write(long runId, BillRunPlan plan, List<BillableUnit> units, LocalDate today,
      long unitsDoneBefore, long billsBefore, Money totalBefore) {
    List<BillDraft> drafts = new ArrayList<>();
    Map<SkipReason, Long> skipped = draft(plan, units, drafts);
    List<Bill> written = bills.insertNew(drafts, runId);
    moneyEffects.billsIssued(written.stream().map(Bill::ref).toList(), today);
    Money total = written.stream().map(Bill::amount).reduce(Money.ZERO, Money::plus);
    long lostToOtherRuns = drafts.size() - written.size();
    if (lostToOtherRuns > 0) {
      skipped.merge(SkipReason.ALREADY_BILLED, lostToOtherRuns, Long::sum);
    }
    runs.progress(runId, unitsDoneBefore + units.size(), billsBefore + written.size(), totalBefore.plus(total));
    return new Result(written.size(), total, skipped);
  }

  /** Computes the batch's drafts (into {@code drafts}) and counts the skipped units by reason. */
  Map<SkipReason, Long> draft(BillRunPlan plan, List<BillableUnit> units, List<BillDraft> drafts) {
    Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    Set<String> billed = bills.billedKeys(units.stream().map(BillableUnit::unitId).toList(),
        plan.itemIds(), plan.period());
    for (BillableUnit unit : units) {
      for (FeeItem item : plan.items()) {
        if (billed.contains(unit.unitId() + ":" + item.id())) {
          skipped.merge(SkipReason.ALREADY_BILLED, 1L, Long::sum);
          continue;
        }
        BillCalculator.Outcome outcome = BillCalculator.compute(unit, item, plan.period(),
            plan.feeYearStartMonth(), 0);
        if (outcome.billed()) {
          drafts.add(outcome.draft());
        } else {
          skipped.merge(outcome.skipped(), 1L, Long::sum);
        }
      }
    }
    return skipped;
  }
}
