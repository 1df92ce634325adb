package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change to one rollup row (building, fee year, business date). The same delta is added to
 * the day row and to its month's row. Deltas come sorted by key so that concurrent writers lock
 * rollup rows in the same order.
 */
public record RollupDelta(long buildingId, int feeYear, LocalDate businessDate, Money receivable,
    Money collected) {

  private static final Comparator<RollupDelta> ORDER = Comparator.comparingLong(RollupDelta::buildingId)
      .thenComparingInt(RollupDelta::feeYear).thenComparing(RollupDelta::businessDate);

  public LocalDate month() {
    return businessDate.withDayOfMonth(1);
  }

  /** Sums effects that count in the rates into one delta per rollup row, sorted. */
  public static List<RollupDelta> of(Collection<MoneyEffect> effects) {
    Map<String, RollupDelta> byKey = new TreeMap<>();
    for (MoneyEffect effect : effects) {
      if (!effect.countsInRates()) {
        continue;
      }
      String key = effect.buildingId() + "|" + effect.feeYear() + "|" + effect.businessDate();
      byKey.merge(key, new RollupDelta(effect.buildingId(), effect.feeYear(), effect.businessDate(),
          effect.receivable(), effect.collected()), RollupDelta::plus);
    }
    List<RollupDelta> deltas = new ArrayList<>(byKey.values());
    deltas.removeIf(d -> d.receivable.isZero() && d.collected.isZero());
    deltas.sort(ORDER);
    return deltas;
  }

  /** The same deltas summed per month row, sorted. */
  public static List<RollupDelta> perMonth(List<RollupDelta> daily) {
    Map<String, RollupDelta> byKey = new TreeMap<>();
    for (RollupDelta d : daily) {
      String key = d.buildingId + "|" + d.feeYear + "|" + d.month();
      byKey.merge(key, new RollupDelta(d.buildingId, d.feeYear, d.month(), d.receivable, d.collected),
          RollupDelta::plus);
    }
    List<RollupDelta> months = new ArrayList<>(byKey.values());
    months.sort(ORDER);
    return months;
  }

  private RollupDelta plus(RollupDelta other) {
    return new RollupDelta(buildingId, feeYear, businessDate, receivable.plus(other.receivable),
        collected.plus(other.collected));
  }
}
