package com.collection.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsTwoDecimalsAndRefusesToRoundSilently() {
    assertThat(Money.of("12.5").amount()).isEqualByComparingTo("12.50");
    assertThat(Money.of("12.5").toString()).isEqualTo("12.50");
    assertThatThrownBy(() -> Money.of("0.005")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roundsHalfUpOnlyWhenARuleAsks() {
    assertThat(Money.roundHalfUp(new BigDecimal("0.005"))).isEqualTo(Money.of("0.01"));
    assertThat(Money.roundHalfUp(new BigDecimal("246.3999"))).isEqualTo(Money.of("246.40"));
  }

  @Test
  void addsAndComparesExactly() {
    assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
    assertThat(Money.of("5.00").minus(Money.of("7.50")).isNegative()).isTrue();
    assertThat(Money.ofFen(1005).fen()).isEqualTo(1005);
    assertThat(Money.of("3").min(Money.of("2.99"))).isEqualTo(Money.of("2.99"));
  }

  @Test
  void refusesAHugeMagnitudeBeforeWritingItsDigitsOut() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> new Money(new BigDecimal("1e999999999"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Money(new BigDecimal("1e9999999"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("1e-999999999")).isInstanceOf(IllegalArgumentException.class);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
    assertThat(Money.of("999999999999.99").toString()).isEqualTo("999999999999.99");
  }
}
