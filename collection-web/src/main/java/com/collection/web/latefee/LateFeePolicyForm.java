package com.collection.web.latefee;

import com.collection.core.latefee.LateFeePolicy;
import java.math.BigDecimal;

/** A community's late-fee policy as the form shows it; the domain checks the figures. */
public class LateFeePolicyForm {

  private boolean enabled;
  private BigDecimal dailyRatePercent;
  private Integer graceDays;
  private BigDecimal capPercent;

  static LateFeePolicyForm of(LateFeePolicy policy) {
    LateFeePolicyForm form = new LateFeePolicyForm();
    form.enabled = policy.enabled();
    form.dailyRatePercent = plain(policy.dailyRatePercent());
    form.graceDays = policy.graceDays();
    form.capPercent = plain(policy.capPercent());
    return form;
  }

  /** 0.0300 as 0.03 and 20.00 as 20 (not 2E+1, which is how BigDecimal prints 20 stripped). */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public BigDecimal getDailyRatePercent() {
    return dailyRatePercent;
  }

  public void setDailyRatePercent(BigDecimal dailyRatePercent) {
    this.dailyRatePercent = dailyRatePercent;
  }

  public Integer getGraceDays() {
    return graceDays;
  }

  public void setGraceDays(Integer graceDays) {
    this.graceDays = graceDays;
  }

  public BigDecimal getCapPercent() {
    return capPercent;
  }

  public void setCapPercent(BigDecimal capPercent) {
    this.capPercent = capPercent;
  }
}
