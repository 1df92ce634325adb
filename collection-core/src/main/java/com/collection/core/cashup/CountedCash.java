package com.collection.core.cashup;

import com.collection.core.shared.DecimalText;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;

/**
 * The cash a person counted, as typed: a number of yuan, not negative, to the fen. Thousands
 * separators are dropped; what is left must be a plain decimal ({@link DecimalText}) before it is
 * a number.
 */
final class CountedCash {

  static final Money MAX = Money.of("100000000.00");

  private CountedCash() {
  }

  static Money parse(String text) {
    String clean = text == null ? "" : text.strip().replace(",", "").replace("，", "");
    if (clean.isEmpty()) {
      throw DomainException.onField("counted", "validation.required");
    }
    BigDecimal value = DecimalText.parse(clean).orElseThrow(
        () -> DomainException.onField("counted", "cashup.counted.format", DecimalText.shown(text)));
    if (value.signum() < 0) {
      throw DomainException.onField("counted", "cashup.counted.negative");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw DomainException.onField("counted", "cashup.counted.decimals");
    }
    if (value.compareTo(MAX.amount()) > 0) {
      throw DomainException.onField("counted", "cashup.counted.tooLarge", MAX.amount().toPlainString());
    }
    return new Money(value.signum() == 0 ? BigDecimal.ZERO : value);
  }
}
