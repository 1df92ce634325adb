package com.collection.core.latefee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Ledger rules", Late fees, with fixed dates. The bill: ¥1,000.00 due 2026-01-15; the policy:
 * 0.05 % a day after 10 grace days, capped at 20 %. So the first accruing day is 2026-01-26, and a
 * day on the whole principal accrues ¥0.50.
 */
class LateFeeAccrualTest {

  private static final LocalDate DUE = LocalDate.of(2026, 1, 15);
  private static final Money AMOUNT = Money.of("1000.00");
  private static final LateFeePolicy POLICY = policy("0.05", 10, "20");

  private static LateFeePolicy policy(String rate, int graceDays, String cap) {
    return new LateFeePolicy(1, true, new BigDecimal(rate), graceDays, new BigDecimal(cap));
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static PrincipalChange paid(String amount, String from, String until) {
    return new PrincipalChange(7, Money.of(amount), day(from), until == null ? null : day(until));
  }

  private static Money fee(List<PrincipalChange> changes, String lastDay) {
    return LateFeeAccrual.accrue(AMOUNT, DUE, POLICY, changes, day(lastDay)).fee();
  }

  @Test
  void nothingAccruesDuringTheGraceDaysAndTheDayAfterThemIsTheFirst() {
    assertThat(LateFeeAccrual.accruesFrom(DUE, POLICY)).isEqualTo(day("2026-01-26"));
    assertThat(fee(List.of(), "2026-01-25")).isEqualTo(Money.ZERO);
    assertThat(fee(List.of(), "2026-01-26")).isEqualTo(Money.of("0.50"));
    assertThat(fee(List.of(), "2026-01-27")).isEqualTo(Money.of("1.00"));
    LateFeeAccrual.Accrued accrued = LateFeeAccrual.accrue(AMOUNT, DUE, POLICY, List.of(), day("2026-02-04"));
    assertThat(accrued.days()).isEqualTo(10);
    assertThat(accrued.accruesFrom()).isEqualTo(day("2026-01-26"));
  }

  @Test
  void withNoGraceDaysTheDayAfterTheDueDateAccrues() {
    LateFeePolicy noGrace = policy("0.05", 0, "20");
    assertThat(LateFeeAccrual.accrue(AMOUNT, DUE, noGrace, List.of(), DUE).fee()).isEqualTo(Money.ZERO);
    assertThat(LateFeeAccrual.accrue(AMOUNT, DUE, noGrace, List.of(), DUE.plusDays(1)).fee())
        .isEqualTo(Money.of("0.50"));
  }

  @Test
  void aBackdatedPartialPaymentLowersThePrincipalFromItsReceivedDate() {
    // ¥400 received 2026-02-01 (recorded later, with that received date): 6 days on 1,000
    // (01-26..01-31), then 10 days on 600 (02-01..02-10): 12,000 × 0.05 % = 6.00
    assertThat(fee(List.of(paid("400.00", "2026-02-01", null)), "2026-02-10")).isEqualTo(Money.of("6.00"));
    assertThat(fee(List.of(), "2026-02-10")).as("unpaid: 16 days on 1,000").isEqualTo(Money.of("8.00"));
  }

  @Test
  void aReversalPutsThePrincipalBackUpFromTheReversalDate() {
    // the same payment reversed on 2026-02-06: 6 days on 1,000, 5 on 600, 5 on 1,000 again
    assertThat(fee(List.of(paid("400.00", "2026-02-01", "2026-02-06")), "2026-02-10"))
        .isEqualTo(Money.of("7.00"));
    // a payment reversed on the day it counts from never counted
    assertThat(fee(List.of(paid("400.00", "2026-02-01", "2026-02-01")), "2026-02-10"))
        .isEqualTo(Money.of("8.00"));
  }

  @Test
  void paidInFullBeforeTheFirstAccruingDayAccruesNothing() {
    assertThat(fee(List.of(paid("1000.00", "2026-01-20", null)), "2026-06-30")).isEqualTo(Money.ZERO);
    // and once paid in full the accrual stops: 4 days on 1,000
    assertThat(fee(List.of(paid("1000.00", "2026-01-30", null)), "2026-06-30")).isEqualTo(Money.of("2.00"));
  }

  @Test
  void anAdjustmentCountsFromItsDecisionAndItsCounterEntryRestoresThePrincipal() {
    // ¥200 waived on 2026-02-01 and countered on 2026-02-06: 6 × 1,000 + 5 × 800 + 5 × 1,000
    PrincipalChange waiver = paid("200.00", "2026-02-01", "2026-02-06");
    assertThat(fee(List.of(waiver), "2026-02-10")).isEqualTo(Money.of("7.50"));
    // before the counter-entry: 6 × 1,000 + 5 × 800 (until 02-05)
    assertThat(fee(List.of(waiver), "2026-02-05")).isEqualTo(Money.of("5.00"));
  }

  @Test
  void paymentsAndAdjustmentsTogetherNeverTakeThePrincipalBelowZero() {
    // amount 100: a 50 waiver 01-28..02-02 and 100 paid (backdated) from 02-01 overlap on 02-01
    // and 02-02; those days count 0, not −50: 2 × 100 + 4 × 50 = 400 × 0.05 % = 0.20
    Money amount = Money.of("100.00");
    List<PrincipalChange> changes = List.of(paid("50.00", "2026-01-28", "2026-02-03"),
        paid("100.00", "2026-02-01", null));
    assertThat(LateFeeAccrual.accrue(amount, DUE, POLICY, changes, day("2026-02-10")).fee())
        .isEqualTo(Money.of("0.20"));
  }

  @Test
  void theTotalIsCappedAtCapPercentOfTheAmountBeforeRounding() {
    // 1 % a day for 100 days would be 333.33; the cap is 20 % × 333.33 = 66.666 → 66.67
    LateFeePolicy steep = policy("1", 0, "20");
    Money amount = Money.of("333.33");
    assertThat(LateFeeAccrual.accrue(amount, DUE, steep, List.of(), DUE.plusDays(100)).fee())
        .isEqualTo(Money.of("66.67"));
    assertThat(LateFeeAccrual.exact(amount, DUE, steep, List.of(), DUE.plusDays(100)))
        .isEqualByComparingTo("66.666");
    // below the cap the cap does nothing: 5 days × 3.3333
    assertThat(LateFeeAccrual.accrue(amount, DUE, steep, List.of(), DUE.plusDays(5)).fee())
        .isEqualTo(Money.of("16.67"));
    // the 1,000 bill at 0.05 % reaches its 200 cap after 400 days and stays there
    assertThat(fee(List.of(), "2027-03-01")).isEqualTo(Money.of("200.00"));
    assertThat(fee(List.of(), "2030-01-01")).isEqualTo(Money.of("200.00"));
  }

  @Test
  void theFeeIsRoundedOnceForTheBillNotEachDay() {
    // ¥10.00 at 0.04 % is 0.004 a day: 0.00 rounded daily, 30 days exact 0.12
    LateFeePolicy small = policy("0.04", 0, "100");
    assertThat(LateFeeAccrual.accrue(Money.of("10.00"), DUE, small, List.of(), DUE.plusDays(30)).fee())
        .isEqualTo(Money.of("0.12"));
    assertThat(LateFeeAccrual.accrue(Money.of("10.00"), DUE, small, List.of(), DUE.plusDays(1)).fee())
        .isEqualTo(Money.ZERO);
    // half up: 0.005 → 0.01
    LateFeePolicy half = policy("0.05", 0, "100");
    assertThat(LateFeeAccrual.accrue(Money.of("10.00"), DUE, half, List.of(), DUE.plusDays(1)).fee())
        .isEqualTo(Money.of("0.01"));
  }

  @Test
  void noPolicyOrAPolicySwitchedOffAccruesNothing() {
    LateFeePolicy off = new LateFeePolicy(1, false, new BigDecimal("0.05"), 10, new BigDecimal("20"));
    assertThat(LateFeeAccrual.accrue(AMOUNT, DUE, off, List.of(), day("2026-06-30")).fee()).isEqualTo(Money.ZERO);
    assertThat(LateFeeAccrual.accrue(AMOUNT, DUE, null, List.of(), day("2026-06-30")).fee()).isEqualTo(Money.ZERO);
  }

  @ParameterizedTest(name = "rate {0}, grace {1}, cap {2} → {3} on {4}")
  @CsvSource({
      "1.5, 30, 20, lateFee.policy.rate.tooHigh, dailyRatePercent",
      "1.0001, 30, 20, lateFee.policy.rate.tooHigh, dailyRatePercent",
      "0, 30, 20, lateFee.policy.rate.positive, dailyRatePercent",
      "-0.03, 30, 20, lateFee.policy.rate.positive, dailyRatePercent",
      "0.00005, 30, 20, lateFee.policy.rate.decimals, dailyRatePercent",
      "0.03, -1, 20, lateFee.policy.graceDays.range, graceDays",
      "0.03, 366, 20, lateFee.policy.graceDays.range, graceDays",
      "0.03, 30, 120, lateFee.policy.cap.tooHigh, capPercent",
      "0.03, 30, 100.01, lateFee.policy.cap.tooHigh, capPercent",
      "0.03, 30, 0, lateFee.policy.cap.positive, capPercent",
      "0.03, 30, -5, lateFee.policy.cap.positive, capPercent",
      "0.03, 30, 20.005, lateFee.policy.cap.decimals, capPercent"})
  void aPolicyOutsideItsLimitsIsRefusedOnItsField(String rate, int grace, String cap, String code, String field) {
    assertThatThrownBy(() -> policy(rate, grace, cap))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.field()).isEqualTo(field);
        });
  }

  @Test
  void theLimitsThemselvesAreAllowed() {
    LateFeePolicy highest = policy("1", 365, "100");
    assertThat(highest.dailyRatePercent()).isEqualByComparingTo("1");
    LateFeePolicy finest = policy("0.0001", 0, "0.01");
    assertThat(finest.dailyRatePercent()).isEqualByComparingTo("0.0001");
    assertThat(finest.capPercent()).isEqualByComparingTo("0.01");
  }
}
