package com.collection.core.billing;

import com.collection.core.estate.UnitUse;
import com.collection.core.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fee item's rate for one unit use from a date on (per m² per month, or per unit per month).
 * Rates change by adding a new one; issued bills keep the rate they used.
 */
public record FeeRate(Long id, long feeItemId, UnitUse use, LocalDate effectiveFrom, BigDecimal rate) {

  public static final BigDecimal MAX = new BigDecimal("100000");

  public FeeRate {
    Objects.requireNonNull(use, "use");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0) {
      throw DomainException.onField("rate", "feeRate.negative");
    }
    if (rate.stripTrailingZeros().scale() > 4) {
      throw DomainException.onField("rate", "feeRate.decimals");
    }
    if (rate.compareTo(MAX) >= 0) {
      throw DomainException.onField("rate", "feeRate.tooLarge");
    }
    rate = rate.setScale(4);
  }
}
