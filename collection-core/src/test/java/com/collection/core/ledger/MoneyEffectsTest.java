package com.collection.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one writer's two rules: no effect without the unit's lock, and the allocation dating rule. */
class MoneyEffectsTest {

  /** Effects kept in a list; "as of" sums them, as the rollups do. */
  private static final class InMemoryLedger implements EffectLedger {
    final List<MoneyEffect> effects = new ArrayList<>();

    @Override
    public void append(List<MoneyEffect> more) {
      effects.addAll(more);
    }

    @Override
    public void apply(List<RollupDelta> daily, List<RollupDelta> monthly) {
    }

    @Override
    public void appendInBulk(List<MoneyEffect> more) {
      effects.addAll(more);
    }

    @Override
    public Totals asOf(long buildingId, int feeYear, LocalDate day) {
      Money receivable = Money.ZERO;
      Money collected = Money.ZERO;
      for (MoneyEffect e : effects) {
        if (e.countsInRates() && e.buildingId() == buildingId && e.feeYear() == feeYear
            && !e.businessDate().isAfter(day)) {
          receivable = receivable.plus(e.receivable());
          collected = collected.plus(e.collected());
        }
      }
      return new Totals(receivable, collected);
    }
  }

  private static final class HeldLocks implements MoneyLocks {
    final Set<Long> held = new HashSet<>();

    @Override
    public void lockUnit(long unitId) {
      held.add(unitId);
    }

    @Override
    public void lockUnits(Collection<Long> unitIds) {
      held.addAll(unitIds);
    }

    @Override
    public boolean holds(long unitId) {
      return held.contains(unitId);
    }
  }

  private final InMemoryLedger ledger = new InMemoryLedger();
  private final HeldLocks locks = new HeldLocks();
  private final MoneyEffects effects = new MoneyEffects(ledger, locks, java.util.List.of(), RUN_NOTHING);

  private static final TransactionHooks RUN_NOTHING = new TransactionHooks() {
    @Override
    public <T> void collect(String key, T value, java.util.function.Consumer<java.util.List<T>> beforeCommit) {
    }
  };

  private static BillRef bill(long id, long unit, String due, LocalDate reopenedOn) {
    return new BillRef(id, unit, 7, 2026, LocalDate.parse(due), Money.of("100.00"), false, reopenedOn);
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void refusesEveryKindOfEffectForAUnitWhoseLockTheTransactionDoesNotHold() {
    BillRef bill = bill(1, 42, "2026-01-15", null);
    LocalDate today = day("2026-03-05");
    List<Runnable> writes = List.of(
        () -> effects.billsIssued(List.of(bill), today),
        () -> effects.billsIssuedInBatch(List.of(bill), today),
        () -> effects.billVoided(bill, today),
        () -> effects.allocated(List.of(new Allocated(bill, 9, Money.of("10.00"), today)), today),
        () -> effects.allocationsReversed(List.of(new Allocated(bill, 9, Money.of("10.00"), today)), today),
        () -> effects.adjusted(bill, 3, Money.of("10.00"), today),
        () -> effects.adjustmentCountered(bill, 3, Money.of("10.00"), today));
    for (Runnable write : writes) {
      assertThatThrownBy(write::run).isInstanceOf(IllegalStateException.class).hasMessageContaining("unit 42");
    }
    assertThat(ledger.effects).isEmpty();
    locks.lockUnit(42);
    writes.forEach(Runnable::run);
    assertThat(ledger.effects).hasSize(writes.size());
  }

  @Test
  void aBatchWithOneUnlockedUnitWritesNothing() {
    locks.lockUnits(List.of(1L, 2L));
    List<BillRef> batch = List.of(bill(1, 1, "2026-06-15", null), bill(2, 2, "2026-06-15", null),
        bill(3, 3, "2026-06-15", null));
    assertThatThrownBy(() -> effects.billsIssuedInBatch(batch, day("2026-06-15")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unit 3");
    assertThat(ledger.effects).isEmpty();
  }

  @Test
  void anAllocationNeverCountsFromBeforeItsBillWasLastReopened() {
    BillRef reopened = bill(1, 1, "2026-01-15", day("2026-03-01"));
    assertThat(new Allocated(reopened, 9, Money.of("1.00"), day("2026-02-01")).countsFrom())
        .as("received before the reopening").isEqualTo(day("2026-03-01"));
    assertThat(new Allocated(reopened, 9, Money.of("1.00"), day("2026-03-04")).countsFrom())
        .as("received after it").isEqualTo(day("2026-03-04"));
    assertThat(new Allocated(bill(1, 1, "2026-01-15", null), 9, Money.of("1.00"), day("2026-02-01")).countsFrom())
        .as("never reopened").isEqualTo(day("2026-02-01"));
    locks.lockUnit(1);
    effects.allocated(List.of(new Allocated(bill(2, 1, "2026-04-15", day("2026-03-01")), 9, Money.of("1.00"),
        day("2026-02-01"))), day("2026-03-05"));
    assertThat(ledger.effects.get(0).businessDate()).as("paid ahead: counts from the due date")
        .isEqualTo(day("2026-04-15"));
  }

  /**
   * The case: a bill due Jan 15 paid on Feb 1, that payment reversed on Mar 1, and a second
   * payment received on Feb 1 but recorded on Mar 5. The bill counts as paid once at most on every
   * day, and fully from Mar 1 (the second payment from the day the bill was re-opened).
   */
  @Test
  void aPaymentBackdatedBeforeAReversalNeverMakesTheBillCountAsPaidTwice() {
    locks.lockUnit(1);
    BillRef bill = bill(1, 1, "2026-01-15", null);
    effects.billsIssued(List.of(bill), day("2026-01-01"));
    effects.allocated(List.of(new Allocated(bill, 10, Money.of("100.00"), day("2026-02-01"))), day("2026-02-01"));
    effects.allocationsReversed(List.of(new Allocated(bill, 10, Money.of("100.00"), day("2026-03-01"))),
        day("2026-03-01"));
    BillRef reopened = bill(1, 1, "2026-01-15", day("2026-03-01"));
    effects.allocated(List.of(new Allocated(reopened, 11, Money.of("100.00"), day("2026-02-01"))), day("2026-03-05"));
    for (LocalDate d = day("2026-01-15"); d.isBefore(day("2026-04-01")); d = d.plusDays(1)) {
      EffectLedger.Totals totals = ledger.asOf(7, 2026, d);
      assertThat(totals.collected()).as("collected as of %s", d).isLessThanOrEqualTo(totals.receivable());
      Money expected = d.isBefore(day("2026-02-01")) ? Money.ZERO : Money.of("100.00");
      assertThat(totals.collected()).as("collected as of %s", d).isEqualTo(expected);
    }
  }
}
