package com.collection.core.estate;

import com.collection.core.shared.DecimalText;
import com.collection.core.shared.DomainException;
import java.math.BigDecimal;
import java.util.Objects;

/** A unit's building area (建筑面积) in m²: positive, at most two decimals. */
public record Area(BigDecimal squareMetres) {

  private static final BigDecimal MAX = new BigDecimal("99999.99");

  public Area {
    Objects.requireNonNull(squareMetres, "squareMetres");
    if (squareMetres.signum() <= 0) {
      throw DomainException.onField("area", "unit.area.positive");
    }
    if (squareMetres.stripTrailingZeros().scale() > 2) {
      throw DomainException.onField("area", "unit.area.decimals");
    }
    if (squareMetres.compareTo(MAX) > 0) {
      throw DomainException.onField("area", "unit.area.tooLarge");
    }
    squareMetres = squareMetres.setScale(2);
  }

  /** From a plain decimal text (see {@link DecimalText}); anything else is a programming error. */
  public static Area of(String squareMetres) {
    return new Area(DecimalText.parse(squareMetres)
        .orElseThrow(() -> new IllegalArgumentException("Not an area: " + DecimalText.shown(squareMetres))));
  }

  @Override
  public String toString() {
    return squareMetres.toPlainString();
  }
}
