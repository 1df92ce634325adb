package com.collection.core.cashup;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;

/** The cash a person counted, as typed: a number of yuan, not negative, to the fen. */
final class CountedCash {

  static final Money MAX = Money.of("100000000.00");

  private CountedCash() {
  }

  static Money parse(String text) {
    String clean = text == null ? "" : text.strip().replace(",", "").replace("，", "");
    if (clean.isEmpty()) {
      throw DomainException.onField("counted", "validation.required");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(clean);
    } catch (NumberFormatException e) {
      throw DomainException.onField("counted", "cashup.counted.format", text.strip());
    }
    if (value.signum() < 0) {
      throw DomainException.onField("counted", "cashup.counted.negative");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw DomainException.onField("counted", "cashup.counted.decimals");
    }
    Money counted = new Money(value.signum() == 0 ? BigDecimal.ZERO : value);
    if (counted.compareTo(MAX) > 0) {
      throw DomainException.onField("counted", "cashup.counted.tooLarge", MAX.amount().toPlainString());
    }
    return counted;
  }
}
