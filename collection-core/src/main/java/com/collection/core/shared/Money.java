package com.collection.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of CNY in fen precision. Never rounded silently: an amount with more than two decimals
 * is rejected unless a rule rounds it explicitly through {@link #roundHalfUp(BigDecimal)}.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);
  /** Digits before the point: more than any ledger holds (numeric(14,2)), few enough to be cheap. */
  private static final int MAX_INTEGER_DIGITS = 15;

  public Money {
    Objects.requireNonNull(amount, "amount");
    // judged on precision and scale, which cost nothing, before setScale writes every digit out
    // (1E+999999999 would be a billion digits)
    if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS || amount.scale() > 1_000) {
      throw new IllegalArgumentException("Not an amount of money: " + DecimalText.shown(amount.toString()));
    }
    try {
      amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Money has at most two decimals: " + amount, e);
    }
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public static Money ofFen(long fen) {
    return new Money(BigDecimal.valueOf(fen, 2));
  }

  /** The one place where an exact amount is rounded to the fen, half up (see "Ledger rules"). */
  public static Money roundHalfUp(BigDecimal exact) {
    return new Money(exact.setScale(2, RoundingMode.HALF_UP));
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public long fen() {
    return amount.movePointRight(2).longValueExact();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
