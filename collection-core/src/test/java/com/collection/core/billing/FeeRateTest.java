package com.collection.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.estate.UnitUse;
import com.collection.core.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeeRateTest {

  @Test
  void ratesHaveAtMostFourDecimalsAndAreNotNegative() {
    assertThat(rate("2.8").rate()).isEqualByComparingTo("2.8000");
    assertRule(() -> rate("2.80001"), "feeRate.decimals");
    assertRule(() -> rate("-0.01"), "feeRate.negative");
    assertRule(() -> rate("100000"), "feeRate.tooLarge");
  }

  @Test
  void aFeeItemNeedsANameAndADueDayInEveryMonth() {
    assertRule(() -> FeeItem.create(1, " ", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15, true, false),
        "validation.required");
    assertRule(() -> FeeItem.create(1, "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 31, true, false),
        "feeItem.dueDay.range");
  }

  @Test
  void voidingNeedsAReasonAndAnUnpaidBill() {
    Bill bill = new Bill(1L, 1, 1, 1, BillingPeriod.parse("2026-05"), 0, com.collection.core.shared.Money.of("100"),
        LocalDate.of(2026, 5, 15), 2026, null, BillStatus.ISSUED, com.collection.core.shared.Money.ZERO,
        com.collection.core.shared.Money.ZERO, null, null, false, null);
    assertRule(() -> bill.voidBecause(" ", LocalDate.of(2026, 5, 20)), "validation.required");
    Bill voided = bill.voidBecause("面积录入错误", LocalDate.of(2026, 5, 20));
    assertThat(voided.outstanding().isZero()).isTrue();
    assertRule(() -> voided.voidBecause("again", LocalDate.of(2026, 5, 21)), "bill.void.alreadyVoided");
    Bill partlyPaid = new Bill(1L, 1, 1, 1, BillingPeriod.parse("2026-05"), 0, com.collection.core.shared.Money.of("100"),
        LocalDate.of(2026, 5, 15), 2026, null, BillStatus.ISSUED, com.collection.core.shared.Money.of("0.01"),
        com.collection.core.shared.Money.ZERO, null, null, false, null);
    assertRule(() -> partlyPaid.voidBecause("错误", LocalDate.of(2026, 5, 20)), "bill.void.paid");
  }

  private static FeeRate rate(String value) {
    return new FeeRate(null, 1, UnitUse.RESIDENTIAL, LocalDate.of(2026, 1, 1), new BigDecimal(value));
  }

  private static void assertRule(Runnable action, String code) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }
}
