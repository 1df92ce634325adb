package com.collection.core.billing;

import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Computes a unit's bill for a fee item and period, per "Ledger rules": the rate in force on the
 * first day of the period, area × rate × months (or the fixed amount × months), rounded once, half
 * up, to the fen. Returns why the unit is skipped instead, when it is.
 */
public final class BillCalculator {

  private BillCalculator() {
  }

  /** Either a draft or the reason there is none. */
  public record Outcome(BillDraft draft, SkipReason skipped) {

    public static Outcome bill(BillDraft draft) {
      return new Outcome(draft, null);
    }

    public static Outcome skip(SkipReason reason) {
      return new Outcome(null, reason);
    }

    public boolean billed() {
      return draft != null;
    }
  }

  public static Outcome compute(BillableUnit unit, FeeItem item, BillingPeriod period,
      int feeYearStartMonth, int revision) {
    Optional<SkipReason> occupancy = item.skipsOccupancy(unit.occupancy());
    if (occupancy.isPresent()) {
      return Outcome.skip(occupancy.get());
    }
    Optional<FeeRate> rate = item.rateOn(unit.use(), period.firstDay());
    if (rate.isEmpty()) {
      return Outcome.skip(SkipReason.NO_RATE);
    }
    BigDecimal quantity = item.kind() == FeeKind.PER_AREA ? unit.area() : BigDecimal.ONE;
    BillBasis basis = new BillBasis(item.kind(), rate.get().rate(), quantity, period.months());
    var due = period.dueDate(item.dueDay());
    return Outcome.bill(new BillDraft(unit.unitId(), unit.buildingId(), item.id(), period, revision,
        Money.roundHalfUp(basis.exactAmount()), due, FeeYears.containing(due, feeYearStartMonth), basis));
  }
}
