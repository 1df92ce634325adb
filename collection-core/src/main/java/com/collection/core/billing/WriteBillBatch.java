package com.collection.core.billing;

import com.collection.core.ledger.MoneyEffects;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.payment.ApplyCredit;
import com.collection.core.shared.Money;
import java.time.Instant;
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
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final ApplyCredit applyCredit;

  public WriteBillBatch(Bills bills, BillRuns runs, MoneyLocks locks, MoneyEffects moneyEffects,
      ApplyCredit applyCredit) {
    this.locks = locks;
    this.applyCredit = applyCredit;
    this.bills = bills;
    this.runs = runs;
    this.moneyEffects = moneyEffects;
  }

  /**
   * Where a run stands between batches: its attempt, the last unit written (the keyset cursor) and
   * its counters, as committed with that batch.
   */
  public record Position(long runId, int attempt, long lastUnitId, long unitsDone, long billsWritten,
      Money total) {

    static Position of(BillRun run) {
      return new Position(run.id(), run.attempt(), run.lastUnitId(), run.unitsDone(), run.billsWritten(),
          run.totalAmount());
    }
  }

  /** What a batch did, and where the run stands after it. */
  public record Result(long bills, Money total, Map<SkipReason, Long> skipped, Position after) {
  }

  /**
   * Writes the batch (the run's next units, in id order) if the run is still RUNNING in this
   * attempt at this position; otherwise (another worker took it over, or it was marked failed)
   * writes nothing and throws {@link BillRunTakenOver}.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Result write(Position position, BillRunPlan plan, List<BillableUnit> units, LocalDate today,
      Instant now) {
    if (!runs.claimBatch(position.runId(), position.attempt(), position.lastUnitId(), now)) {
      throw new BillRunTakenOver(position.runId());
    }
    // No look-up of what is billed already: the unique key turns those drafts away (a period's
    // revision 0 exists whenever any revision does), and they count as already billed below.
    List<BillDraft> drafts = new ArrayList<>();
    Map<SkipReason, Long> skipped = draft(plan, units, drafts, Set.of());
    // the units that get bills, locked in one statement before anything is written (drafts only
    // depend on unit data and rates, not on money)
    locks.lockUnits(drafts.stream().map(BillDraft::unitId).distinct().toList());
    List<Bill> written = bills.insertNew(drafts, position.runId());
    moneyEffects.billsIssuedInBatch(written.stream().map(Bill::ref).toList(), today);
    // credit pays new bills at once: a unit never holds credit and open bills together
    applyCredit.toUnitsHoldingCredit(written.stream().map(Bill::unitId).distinct().toList(), today);
    Money total = written.stream().map(Bill::amount).reduce(Money.ZERO, Money::plus);
    long alreadyBilled = drafts.size() - written.size();
    if (alreadyBilled > 0) {
      skipped.merge(SkipReason.ALREADY_BILLED, alreadyBilled, Long::sum);
    }
    Position after = new Position(position.runId(), position.attempt(), units.get(units.size() - 1).unitId(),
        position.unitsDone() + units.size(), position.billsWritten() + written.size(), position.total().plus(total));
    runs.progress(after.runId(), after.lastUnitId(), after.unitsDone(), after.billsWritten(), after.total(), now);
    return new Result(written.size(), total, skipped, after);
  }

  /** Computes the batch's drafts (into {@code drafts}) and counts the skipped units by reason. */
  Map<SkipReason, Long> draft(BillRunPlan plan, List<BillableUnit> units, List<BillDraft> drafts) {
    return draft(plan, units, drafts, bills.billedKeys(units.stream().map(BillableUnit::unitId).toList(),
        plan.itemIds(), plan.period()));
  }

  /** The same, given the "unitId:feeItemId" keys already billed for the period. */
  private static Map<SkipReason, Long> draft(BillRunPlan plan, List<BillableUnit> units, List<BillDraft> drafts,
      Set<String> billed) {
    Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
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
