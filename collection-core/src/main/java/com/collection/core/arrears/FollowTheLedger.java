package com.collection.core.arrears;

import com.collection.core.ledger.UnitMoneyListener;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Cases follow every change of the ledger at once: {@code MoneyEffects} tells this listener which
 * units' money changed, before the change commits and with their locks held, so a payment that
 * clears the arrears closes the case in the same transaction, and a reversal, a counter-entry or a
 * bill run for a past period that leaves a bill past due beyond the threshold opens it. A case
 * never says a unit owes when it does not.
 */
@Service
public class FollowTheLedger implements UnitMoneyListener {

  private final KeepCases keep;
  private final Clock clock;
  private volatile boolean paused;

  public FollowTheLedger(KeepCases keep, Clock clock) {
    this.keep = keep;
    this.clock = clock;
  }

  @Override
  public void moneyChanged(Set<Long> unitIds, LocalDate today) {
    if (paused) {
      return;
    }
    Clock dated = today.equals(LocalDate.now(clock)) ? clock : CaseClocks.atNoon(today, clock.getZone());
    for (long unitId : unitIds) {
      keep.follow(unitId, today, dated);
    }
  }

  /**
   * Runs the demo's year of history without following it day by day (its cases are made
   * afterwards, from the ledger as it ends up); nothing else pauses the cases.
   */
  public <T> T pausedWhile(Supplier<T> work) {
    paused = true;
    try {
      return work.get();
    } finally {
      paused = false;
    }
  }
}
