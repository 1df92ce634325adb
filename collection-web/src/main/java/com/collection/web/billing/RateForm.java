package com.collection.web.billing;

import com.collection.core.estate.UnitUse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A rate for one unit use from a date on. */
public class RateForm {

  @NotNull
  private UnitUse use = UnitUse.RESIDENTIAL;
  @NotNull
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate effectiveFrom;
  @NotNull
  @DecimalMin("0")
  @Digits(integer = 5, fraction = 4)
  private BigDecimal rate;

  public UnitUse getUse() {
    return use;
  }

  public void setUse(UnitUse use) {
    this.use = use;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }
}
