package com.collection.core.rates;

import com.collection.core.shared.Money;

/**
 * The exact sums a board row is computed from, for one building or a group of them; they add, so a
 * group's row is its own sums divided, never a mean of its buildings' rates.
 *
 * @param receivable receivable of fee year Y as of the period's last day e
 * @param collected collected on fee year Y's bills as of e
 * @param receivableBefore receivable of fee year Y as of s − 1 day
 * @param collectedBefore collected on fee year Y's bills as of s − 1 day
 * @param priorOutstanding outstanding of earlier fee years' bills at Y0 − 1 day
 * @param recovered paid on earlier years' bills from Y0 to e (Σ paid(b, e) − paid(b, Y0 − 1))
 * @param households residential and commercial units with receivable as of e above zero
 * @param householdsPaidUp those of them with nothing outstanding as of e
 * @param unitsPaid units with a payment received in [s, e] and not reversed as of e
 * @param sameFeeYearAtStart whether s − 1 day lies in fee year Y for every building summed
 */
public record Figures(Money receivable, Money collected, Money receivableBefore, Money collectedBefore,
    Money priorOutstanding, Money recovered, long households, long householdsPaidUp, long unitsPaid,
    boolean sameFeeYearAtStart) {

  public static final Figures NONE = new Figures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
      Money.ZERO, 0, 0, 0, true);

  public Figures plus(Figures o) {
    return new Figures(receivable.plus(o.receivable), collected.plus(o.collected),
        receivableBefore.plus(o.receivableBefore), collectedBefore.plus(o.collectedBefore),
        priorOutstanding.plus(o.priorOutstanding), recovered.plus(o.recovered), households + o.households,
        householdsPaidUp + o.householdsPaidUp, unitsPaid + o.unitsPaid, sameFeeYearAtStart && o.sameFeeYearAtStart);
  }

  /** Current-year rate as of e: collected / receivable. */
  public Rate rate() {
    return Rate.of(collected.amount(), receivable.amount());
  }

  public Rate rateBefore() {
    return Rate.of(collectedBefore.amount(), receivableBefore.amount());
  }

  /** rate(e) − rate(s − 1) in points; null ("—") across a fee-year boundary or when either is "—". */
  public java.math.BigDecimal change() {
    return sameFeeYearAtStart ? rate().pointsSince(rateBefore()) : null;
  }

  public Rate householdRate() {
    return Rate.of(householdsPaidUp, households);
  }

  /** collected_Y(e) − collected_Y(s − 1): prepayments on bills that fell due count, reversals subtract. */
  public Money collectedInPeriod() {
    return collected.minus(collectedBefore);
  }

  /** Receivable − collected, current year, as of e. */
  public Money outstanding() {
    return receivable.minus(collected);
  }

  public Rate recoveryRate() {
    return Rate.of(recovered.amount(), priorOutstanding.amount());
  }

  public Rate overallRate() {
    return Rate.of(collected.plus(recovered).amount(), receivable.plus(priorOutstanding).amount());
  }
}
