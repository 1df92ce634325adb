package com.collection.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

  @Test
  void readsPlainDecimals() {
    assertThat(DecimalText.parse(" 1280.50 ")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1280.50"));
    assertThat(DecimalText.parse("-3")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-3"));
    assertThat(DecimalText.parse("+.5")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(DecimalText.parse("7.")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
    assertThat(DecimalText.parse("1".repeat(DecimalText.MAX_LENGTH))).isPresent();
  }

  @Test
  void refusesBeforeConvertingWhatWouldBeCostlyOrIsNotAPlainNumber() {
    long started = System.nanoTime();
    for (String text : List.of("1e999999999", "1E+5", "1e-999999999", "NaN", "Infinity", "-Infinity", "１２",
        "١٢", "0x10", "1_000", "1,000", "", " ", ".", "-", "+-1", "1.2.3", "1".repeat(DecimalText.MAX_LENGTH + 1),
        "9".repeat(1_000_000))) {
      assertThat(DecimalText.parse(text)).as(text.length() > 30 ? text.length() + " characters" : text).isEmpty();
    }
    assertThat(DecimalText.parse(null)).isEmpty();
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
  }

  @Test
  void quotesOnlyTheFirstCharactersOfARefusedText() {
    assertThat(DecimalText.shown("abc")).isEqualTo("abc");
    assertThat(DecimalText.shown("9".repeat(100_000))).hasSize(DecimalText.SHOWN_LENGTH + 1).endsWith("…");
  }
}
