package com.collection.core.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

  private static Rate rate(String part, String whole) {
    return Rate.of(new BigDecimal(part), new BigDecimal(whole));
  }

  @Test
  void showsOneDecimalRoundedDownSoThatOnlyFullCollectionShows100() {
    assertThat(rate("9996", "10000").percent()).isEqualByComparingTo("99.9");
    assertThat(rate("1", "3").percent()).isEqualByComparingTo("33.3");
    assertThat(rate("2", "3").percent()).isEqualByComparingTo("66.6");
    assertThat(rate("99999.99", "100000.00").percent()).isEqualByComparingTo("99.9");
    assertThat(rate("100000.00", "100000.00").percent()).isEqualByComparingTo("100.0");
    assertThat(rate("0", "5").percent()).isEqualByComparingTo("0.0");
  }

  @Test
  void nothingReceivableIsADashNotZeroOrHundred() {
    assertThat(rate("0", "0").isNone()).isTrue();
    assertThat(rate("0", "0").percent()).isNull();
    assertThat(Rate.NONE.pointsSince(rate("1", "2"))).isNull();
    assertThat(rate("1", "2").pointsSince(Rate.NONE)).isNull();
  }

  @Test
  void changesComeFromTheExactFractionsRoundedHalfAwayFromZero() {
    // 1/3 − 1/3.0015… : shown rates equal, the exact difference is what counts
    assertThat(rate("1", "2").pointsSince(rate("1", "4"))).isEqualByComparingTo("25.0");
    // 50.05% − 50.00% = 0.05 points → 0.1; the other way −0.05 → −0.1
    assertThat(rate("5005", "10000").pointsSince(rate("1", "2"))).isEqualByComparingTo("0.1");
    assertThat(rate("1", "2").pointsSince(rate("5005", "10000"))).isEqualByComparingTo("-0.1");
    // 0.04999… points → 0.0, not 0.1: from the fractions, not from rounded figures (66.6 − 33.3 would give 33.3)
    assertThat(rate("2", "3").pointsSince(rate("1", "3"))).isEqualByComparingTo("33.3");
    assertThat(rate("49999", "100000000").pointsSince(rate("0", "1"))).isEqualByComparingTo("0.0");
  }

  @Test
  void comparesExactFractions() {
    assertThat(rate("1", "3")).isEqualTo(rate("2", "6"));
    assertThat(rate("1", "3").compareTo(rate("333", "1000"))).isPositive();
    assertThat(rate("1", "3").percent()).isEqualTo(rate("333", "1000").percent());
  }
}
