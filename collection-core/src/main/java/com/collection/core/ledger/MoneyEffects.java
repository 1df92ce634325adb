package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of money effects: every change to what is owed or paid comes through here, is
 * recorded as dated effects and updates the rollups in the caller's transaction.
 *
 * <p>Dating, per "Collection-rate definitions": a bill counts from its due date; a void removes it
 * from the same date, so a voided bill counts in no figure, past or present. An allocation counts
 * from its {@link Allocated#countsFrom} (never before its bill was last re-opened) or the bill's due
 * date if later.
 *
 * <p>Locking: every change to a unit's money comes through here, so this is where the one lock rule
 * is enforced. An effect for a unit whose lock ({@link MoneyLocks}) the transaction does not hold is
 * refused with an {@link IllegalStateException}: a use case that forgot the lock fails at once, in
 * every test that runs it, instead of racing in production.
 */
@Service
public class MoneyEffects {

  private final EffectLedger ledger;
  private final MoneyLocks locks;
  private final List<UnitMoneyListener> listeners;
  private final TransactionHooks hooks;

  public MoneyEffects(EffectLedger ledger, MoneyLocks locks, List<UnitMoneyListener> listeners,
      TransactionHooks hooks) {
    this.ledger = ledger;
    this.locks = locks;
    this.listeners = List.copyOf(listeners);
    this.hooks = hooks;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void billsIssued(List<BillRef> bills, LocalDate today) {
    record(bills.stream().map(b -> effect(EffectKind.BILL_ISSUED, b, today, b.amount())).toList());
  }

  /**
   * A bill run's batch of new bills: the same effects and rollup changes as {@link #billsIssued},
   * written with one statement for the whole batch ({@link EffectLedger#appendInBulk}).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void billsIssuedInBatch(List<BillRef> bills, LocalDate today) {
    List<MoneyEffect> effects = bills.stream().map(b -> effect(EffectKind.BILL_ISSUED, b, today, b.amount())).toList();
    if (effects.isEmpty()) {
      return;
    }
    requireLocked(effects);
    ledger.appendInBulk(effects);
    List<RollupDelta> daily = RollupDelta.of(effects);
    ledger.apply(daily, RollupDelta.perMonth(daily));
    tellListeners(effects, today);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void billVoided(BillRef bill, LocalDate today) {
    record(List.of(effect(EffectKind.BILL_VOIDED, bill, today, bill.amount().negate())));
  }

  /**
   * Payments applied to bills. Money paid ahead counts once its bill falls due, so a collected
   * effect is dated the later of the day it counts from and the bill's due date.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void allocated(List<Allocated> allocations, LocalDate today) {
    record(allocations.stream().map(a -> collected(EffectKind.ALLOCATED, a, today, a.amount())).toList());
  }

  /** Allocations removed by a reversal, from the reversal's date on (given as countsFrom). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void allocationsReversed(List<Allocated> allocations, LocalDate today) {
    record(allocations.stream()
        .map(a -> collected(EffectKind.ALLOCATION_REVERSED, a, today, a.amount().negate())).toList());
  }

  /**
   * An approved adjustment lowers the bill's receivable from the day it is approved; one approved
   * before the bill falls due counts from the due date, when the bill itself starts to count.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void adjusted(BillRef bill, long adjustmentId, Money amount, LocalDate today) {
    record(List.of(adjustment(EffectKind.ADJUSTED, bill, adjustmentId, amount.negate(), today)));
  }

  /** A counter-entry restores the adjusted amount from the day it is made (same dating rule). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void adjustmentCountered(BillRef bill, long adjustmentId, Money amount, LocalDate today) {
    record(List.of(adjustment(EffectKind.ADJUSTMENT_COUNTERED, bill, adjustmentId, amount, today)));
  }

  private static MoneyEffect adjustment(EffectKind kind, BillRef bill, long adjustmentId, Money receivable,
      LocalDate today) {
    LocalDate counts = today.isAfter(bill.dueDate()) ? today : bill.dueDate();
    return new MoneyEffect(kind, counts, today, bill.unitId(), bill.buildingId(), bill.feeYear(), bill.billId(),
        receivable, Money.ZERO, !bill.lateFee(), null, adjustmentId);
  }

  private static MoneyEffect collected(EffectKind kind, Allocated allocation, LocalDate today, Money amount) {
    BillRef bill = allocation.bill();
    LocalDate counts = allocation.countsFrom().isAfter(bill.dueDate()) ? allocation.countsFrom() : bill.dueDate();
    return new MoneyEffect(kind, counts, today, bill.unitId(), bill.buildingId(), bill.feeYear(),
        bill.billId(), Money.ZERO, amount, !bill.lateFee(), allocation.paymentId(), null);
  }

  private static MoneyEffect effect(EffectKind kind, BillRef bill, LocalDate today, Money receivable) {
    return new MoneyEffect(kind, bill.dueDate(), today, bill.unitId(), bill.buildingId(),
        bill.feeYear(), bill.billId(), receivable, Money.ZERO, !bill.lateFee(), null, null);
  }

  private void record(List<MoneyEffect> effects) {
    if (effects.isEmpty()) {
      return;
    }
    requireLocked(effects);
    ledger.append(effects);
    List<RollupDelta> daily = RollupDelta.of(effects);
    ledger.apply(daily, RollupDelta.perMonth(daily));
    tellListeners(effects, effects.get(0).recordedOn());
  }

  /**
   * The listeners hear the units once, before the transaction commits, when every change of the
   * use case is written (a payment's allocations and its bills' new outstanding, say).
   */
  private void tellListeners(List<MoneyEffect> effects, LocalDate today) {
    if (listeners.isEmpty()) {
      return;
    }
    for (MoneyEffect effect : effects) {
      // a bill issued ahead of its due date changes nothing past due (a bill run's usual batch)
      boolean notYetDue = effect.kind() == EffectKind.BILL_ISSUED && !effect.businessDate().isBefore(today);
      if (!notYetDue) {
        hooks.collect(LISTENER_KEY, new ChangedUnit(effect.unitId(), today), this::notifyListeners);
      }
    }
  }

  private static final String LISTENER_KEY = MoneyEffects.class.getName() + ".changedUnits";

  private record ChangedUnit(long unitId, LocalDate today) {
  }

  private void notifyListeners(List<ChangedUnit> changed) {
    java.util.Map<LocalDate, java.util.SortedSet<Long>> byDay = new java.util.TreeMap<>();
    for (ChangedUnit unit : changed) {
      byDay.computeIfAbsent(unit.today(), d -> new java.util.TreeSet<>()).add(unit.unitId());
    }
    byDay.forEach((day, units) -> listeners.forEach(l -> l.moneyChanged(java.util.Collections.unmodifiableSet(units), day)));
  }

  private void requireLocked(List<MoneyEffect> effects) {
    long checked = -1;
    for (MoneyEffect effect : effects) {
      long unitId = effect.unitId();
      if (unitId != checked && !locks.holds(unitId)) {
        throw new IllegalStateException("The money of unit " + unitId + " changed without its lock: take"
            + " MoneyLocks.lockUnit (or lockUnits) first, before reading what the change decides on");
      }
      checked = unitId;
    }
  }
}
