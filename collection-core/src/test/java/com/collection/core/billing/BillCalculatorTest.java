package com.collection.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitUse;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillCalculatorTest {

  private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

  private static FeeItem serviceFee(BillingCycle cycle, FeeRate... rates) {
    return new FeeItem(1L, 1, "物业服务费", FeeKind.PER_AREA, cycle, 15, true, false, List.of(rates));
  }

  private static FeeRate rate(UnitUse use, LocalDate from, String rate) {
    return new FeeRate(null, 1, use, from, new BigDecimal(rate));
  }

  private static BillableUnit flat(String area, Occupancy occupancy) {
    return new BillableUnit(7, 3, new BigDecimal(area), UnitUse.RESIDENTIAL, occupancy);
  }

  @Test
  void monthlyAmountIsAreaTimesRate() {
    var outcome = BillCalculator.compute(flat("88.50", Occupancy.OCCUPIED),
        serviceFee(BillingCycle.MONTHLY, rate(UnitUse.RESIDENTIAL, LONG_AGO, "2.80")),
        BillingPeriod.parse("2026-05"), 1, 0);
    assertThat(outcome.draft().amount()).isEqualTo(Money.of("247.80"));
    assertThat(outcome.draft().dueDate()).isEqualTo(LocalDate.of(2026, 5, 15));
    assertThat(outcome.draft().basis().quantity()).isEqualByComparingTo("88.50");
    assertThat(outcome.draft().basis().months()).isEqualTo(1);
  }

  @Test
  void aQuarterIsOneBillOfThreeMonthsRoundedOnce() {
    // 89.33 m² × 2.8 = 250.124 a month: three rounded months would be 750.36, one quarter 750.37
    var outcome = BillCalculator.compute(flat("89.33", Occupancy.OCCUPIED),
        serviceFee(BillingCycle.QUARTERLY, rate(UnitUse.RESIDENTIAL, LONG_AGO, "2.80")),
        BillingPeriod.parse("2026-Q2"), 1, 0);
    assertThat(outcome.draft().amount()).isEqualTo(Money.of("750.37"));
    assertThat(outcome.draft().basis().months()).isEqualTo(3);
    assertThat(outcome.draft().dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
  }

  @Test
  void roundsHalfUpToTheFen() {
    // 45.25 × 0.1111 = 5.027275 → 5.03; 10.05 × 0.5 = 5.025 → 5.03
    assertThat(amount("45.25", "0.1111")).isEqualTo(Money.of("5.03"));
    assertThat(amount("10.05", "0.5")).isEqualTo(Money.of("5.03"));
    assertThat(amount("10.01", "0.5")).isEqualTo(Money.of("5.01"));
  }

  @Test
  void aFixedItemIsTheAmountTimesMonths() {
    FeeItem parking = new FeeItem(2L, 1, "车位管理费", FeeKind.FIXED, BillingCycle.YEARLY, 10, false, false,
        List.of(new FeeRate(null, 2, UnitUse.PARKING, LONG_AGO, new BigDecimal("80"))));
    var outcome = BillCalculator.compute(new BillableUnit(9, 3, new BigDecimal("13.20"), UnitUse.PARKING,
        Occupancy.OCCUPIED), parking, BillingPeriod.parse("2026"), 1, 0);
    assertThat(outcome.draft().amount()).isEqualTo(Money.of("960.00"));
  }

  @Test
  void aBillUsesTheRateInForceOnTheFirstDayOfItsPeriod() {
    FeeItem item = serviceFee(BillingCycle.QUARTERLY,
        rate(UnitUse.RESIDENTIAL, LONG_AGO, "2.00"),
        rate(UnitUse.RESIDENTIAL, LocalDate.of(2026, 5, 1), "3.00"),
        rate(UnitUse.RESIDENTIAL, LocalDate.of(2026, 7, 1), "4.00"));
    // a change inside Q2 (May 1) does not touch Q2; Q3 starts on the day the 4.00 rate does
    assertThat(BillCalculator.compute(flat("100", Occupancy.OCCUPIED), item, BillingPeriod.parse("2026-Q2"), 1, 0)
        .draft().amount()).isEqualTo(Money.of("600.00"));
    assertThat(BillCalculator.compute(flat("100", Occupancy.OCCUPIED), item, BillingPeriod.parse("2026-Q3"), 1, 0)
        .draft().amount()).isEqualTo(Money.of("1200.00"));
  }

  @Test
  void skipsUnitsByOccupancyAndMissingRate() {
    FeeItem item = new FeeItem(1L, 1, "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15, false, false,
        List.of(rate(UnitUse.RESIDENTIAL, LONG_AGO, "2.80")));
    BillingPeriod may = BillingPeriod.parse("2026-05");
    assertThat(BillCalculator.compute(flat("80", Occupancy.VACANT), item, may, 1, 0).skipped()).isEqualTo(SkipReason.VACANT);
    assertThat(BillCalculator.compute(flat("80", Occupancy.UNSOLD), item, may, 1, 0).skipped()).isEqualTo(SkipReason.UNSOLD);
    var shop = new BillableUnit(8, 3, new BigDecimal("50"), UnitUse.COMMERCIAL, Occupancy.OCCUPIED);
    assertThat(BillCalculator.compute(shop, item, may, 1, 0).skipped()).isEqualTo(SkipReason.NO_RATE);
    FeeItem later = serviceFee(BillingCycle.MONTHLY, rate(UnitUse.RESIDENTIAL, LocalDate.of(2026, 6, 1), "2.80"));
    assertThat(BillCalculator.compute(flat("80", Occupancy.OCCUPIED), later, may, 1, 0).skipped())
        .as("no rate in force yet").isEqualTo(SkipReason.NO_RATE);
  }

  @Test
  void aBillBelongsToTheFeeYearOfItsDueDate() {
    FeeItem item = serviceFee(BillingCycle.MONTHLY, rate(UnitUse.RESIDENTIAL, LONG_AGO, "2.80"));
    assertThat(BillCalculator.compute(flat("80", Occupancy.OCCUPIED), item, BillingPeriod.parse("2026-03"), 7, 0)
        .draft().feeYear()).isEqualTo(2025);
    assertThat(BillCalculator.compute(flat("80", Occupancy.OCCUPIED), item, BillingPeriod.parse("2026-07"), 7, 0)
        .draft().feeYear()).isEqualTo(2026);
  }

  private static Money amount(String area, String rate) {
    return BillCalculator.compute(flat(area, Occupancy.OCCUPIED),
        serviceFee(BillingCycle.MONTHLY, rate(UnitUse.RESIDENTIAL, LONG_AGO, rate)),
        BillingPeriod.parse("2026-05"), 1, 0).draft().amount();
  }
}
