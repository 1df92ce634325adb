package com.collection.core.latefee;

import com.collection.core.shared.DomainException;
import java.math.BigDecimal;

/**
 * A community's late-fee policy (滞纳金): on or off, a daily rate in percent of the overdue
 * principal ({@code 0.03} means 0.03 % a day), grace days after the due date, and a cap per bill
 * in percent of the bill's amount. Checked whether on or off, so that switching it on never meets
 * a bad figure.
 */
public record LateFeePolicy(long communityId, boolean enabled, BigDecimal dailyRatePercent, int graceDays,
    BigDecimal capPercent) {

  public static final BigDecimal MAX_DAILY_RATE_PERCENT = BigDecimal.ONE;
  public static final BigDecimal MAX_CAP_PERCENT = new BigDecimal("100");
  public static final int MAX_GRACE_DAYS = 365;

  public LateFeePolicy {
    if (dailyRatePercent == null) {
      throw DomainException.onField("dailyRatePercent", "validation.required");
    }
    if (dailyRatePercent.signum() <= 0) {
      throw DomainException.onField("dailyRatePercent", "lateFee.policy.rate.positive");
    }
    if (dailyRatePercent.compareTo(MAX_DAILY_RATE_PERCENT) > 0) {
      throw DomainException.onField("dailyRatePercent", "lateFee.policy.rate.tooHigh");
    }
    if (dailyRatePercent.stripTrailingZeros().scale() > 4) {
      throw DomainException.onField("dailyRatePercent", "lateFee.policy.rate.decimals");
    }
    if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
      throw DomainException.onField("graceDays", "lateFee.policy.graceDays.range");
    }
    if (capPercent == null) {
      throw DomainException.onField("capPercent", "validation.required");
    }
    if (capPercent.signum() <= 0) {
      throw DomainException.onField("capPercent", "lateFee.policy.cap.positive");
    }
    if (capPercent.compareTo(MAX_CAP_PERCENT) > 0) {
      throw DomainException.onField("capPercent", "lateFee.policy.cap.tooHigh");
    }
    if (capPercent.stripTrailingZeros().scale() > 2) {
      throw DomainException.onField("capPercent", "lateFee.policy.cap.decimals");
    }
    dailyRatePercent = dailyRatePercent.setScale(4);
    capPercent = capPercent.setScale(2);
  }

  /** What the policy form offers a community that has none yet (off). */
  public static LateFeePolicy suggested(long communityId) {
    return new LateFeePolicy(communityId, false, new BigDecimal("0.03"), 30, new BigDecimal("20"));
  }
}
