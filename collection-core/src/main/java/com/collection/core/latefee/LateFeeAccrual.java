package com.collection.core.latefee;

import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * The late fee one bill has accrued ("Ledger rules", Late fees): each day from the day after its
 * due date + grace days through the last day accrues the daily rate × that day's principal
 * outstanding as of that day (the amount less the allocations and adjustments counted as of that
 * day, never below zero); the total is capped at cap % × the bill's amount and rounded half up to
 * the fen once. Exact arithmetic throughout: days of equal outstanding are summed as one segment
 * (rate × outstanding × days). Pure: no clock, no database.
 */
public final class LateFeeAccrual {

  private LateFeeAccrual() {
  }

  /** What a bill has accrued up to a day: the fee, the first accruing day, and the days counted. */
  public record Accrued(Money fee, LocalDate accruesFrom, long days) {
  }

  /** The first day a bill due on {@code dueDate} accrues under the policy. */
  public static LocalDate accruesFrom(LocalDate dueDate, LateFeePolicy policy) {
    return dueDate.plusDays(policy.graceDays() + 1L);
  }

  /**
   * @param policy the community's policy; none (null) or off accrues nothing
   * @param changes the bill's principal changes (all of them count against this bill)
   * @param lastDay the last day that accrues, inclusive
   */
  public static Accrued accrue(Money amount, LocalDate dueDate, LateFeePolicy policy,
      Collection<PrincipalChange> changes, LocalDate lastDay) {
    if (policy == null) {
      return new Accrued(Money.ZERO, null, 0);
    }
    LocalDate start = accruesFrom(dueDate, policy);
    if (!policy.enabled() || lastDay.isBefore(start)) {
      return new Accrued(Money.ZERO, start, 0);
    }
    BigDecimal exact = exact(amount, dueDate, policy, changes, lastDay);
    return new Accrued(Money.roundHalfUp(exact), start, ChronoUnit.DAYS.between(start, lastDay) + 1);
  }

  /** The exact, capped, unrounded fee (what {@link #accrue} rounds once). */
  static BigDecimal exact(Money amount, LocalDate dueDate, LateFeePolicy policy,
      Collection<PrincipalChange> changes, LocalDate lastDay) {
    LocalDate start = accruesFrom(dueDate, policy);
    LocalDate end = lastDay.plusDays(1);
    if (!policy.enabled() || !start.isBefore(end)) {
      return BigDecimal.ZERO;
    }
    // the days on which the outstanding principal may change, within [start, end)
    TreeSet<LocalDate> points = new TreeSet<>();
    points.add(start);
    points.add(end);
    for (PrincipalChange change : changes) {
      for (LocalDate day : new LocalDate[] {change.from(), change.until()}) {
        if (day != null && day.isAfter(start) && day.isBefore(end)) {
          points.add(day);
        }
      }
    }
    BigDecimal principalDays = BigDecimal.ZERO;
    Iterator<LocalDate> it = points.iterator();
    LocalDate segmentStart = it.next();
    while (it.hasNext()) {
      LocalDate segmentEnd = it.next();
      BigDecimal outstanding = amount.amount();
      for (PrincipalChange change : changes) {
        if (change.countsOn(segmentStart)) {
          outstanding = outstanding.subtract(change.amount().amount());
        }
      }
      if (outstanding.signum() > 0) {
        long days = ChronoUnit.DAYS.between(segmentStart, segmentEnd);
        principalDays = principalDays.add(outstanding.multiply(BigDecimal.valueOf(days)));
      }
      segmentStart = segmentEnd;
    }
    BigDecimal fee = principalDays.multiply(policy.dailyRatePercent()).movePointLeft(2);
    BigDecimal cap = amount.amount().multiply(policy.capPercent()).movePointLeft(2);
    return fee.min(cap);
  }
}
