package com.collection.core.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A rate kept as the exact fraction of two sums (never a rounded figure), or "—" when there is
 * nothing to divide by. Shown as a percentage with one decimal rounded down, so 100.0% means fully
 * collected; compared and subtracted as fractions.
 */
public final class Rate implements Comparable<Rate> {

  public static final Rate NONE = new Rate(null, null);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Rate(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** part / whole; "—" when the whole is not positive (nothing receivable, no household). */
  public static Rate of(BigDecimal part, BigDecimal whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    return whole.signum() <= 0 ? NONE : new Rate(part, whole);
  }

  public static Rate of(long part, long whole) {
    return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  public boolean isNone() {
    return denominator == null;
  }

  /** The percentage shown: one decimal, rounded down (99.96% shows 99.9%); null for "—". */
  public BigDecimal percent() {
    return isNone() ? null : numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.FLOOR);
  }

  /**
   * This rate minus an earlier one in percentage points, from the exact fractions, rounded half
   * away from zero to one decimal (−0.05 → −0.1); null ("—") when either is "—".
   */
  public BigDecimal pointsSince(Rate earlier) {
    if (isNone() || earlier.isNone()) {
      return null;
    }
    BigDecimal difference = numerator.multiply(earlier.denominator).subtract(earlier.numerator.multiply(denominator))
        .multiply(HUNDRED);
    return difference.divide(denominator.multiply(earlier.denominator), 1, RoundingMode.HALF_UP);
  }

  /** Exact comparison of two rates that are not "—" (cross-multiplied, denominators positive). */
  @Override
  public int compareTo(Rate other) {
    if (isNone() || other.isNone()) {
      throw new IllegalStateException("\"—\" has no order");
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate other && (isNone() ? other.isNone() : !other.isNone() && compareTo(other) == 0);
  }

  @Override
  public int hashCode() {
    return isNone() ? 0 : numerator.divide(denominator, 12, RoundingMode.FLOOR).stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return isNone() ? "—" : percent() + "%";
  }
}
