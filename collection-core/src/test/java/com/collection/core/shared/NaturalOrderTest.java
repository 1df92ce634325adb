package com.collection.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  @Test
  void digitRunsCompareAsNumbers() {
    List<String> names = new ArrayList<>(List.of("10栋", "2栋", "1栋", "商业街", "2-1001", "2-101", "10-101", "A12", "A2"));
    names.sort(NaturalOrder.NAMES);
    assertThat(names).containsExactly("1栋", "2-101", "2-1001", "2栋", "10-101", "10栋", "A2", "A12", "商业街");
  }

  @Test
  void aPrefixComesFirstAndEqualNamesAreEqual() {
    assertThat(NaturalOrder.compare("12", "12a")).isNegative();
    assertThat(NaturalOrder.compare("007", "7")).isZero();
    assertThat(NaturalOrder.compare("1101", "1101")).isZero();
  }
}
