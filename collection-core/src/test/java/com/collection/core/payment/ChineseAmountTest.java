package com.collection.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "10005.60, 壹万零伍元陆角",
      "100000.00, 壹拾万元整",
      "0.05, 伍分",
      "0.50, 伍角",
      "0.00, 零元整",
      "1.00, 壹元整",
      "10.00, 壹拾元整",
      "15.00, 壹拾伍元整",
      "101.00, 壹佰零壹元整",
      "110.00, 壹佰壹拾元整",
      "1010.00, 壹仟零壹拾元整",
      "1001.01, 壹仟零壹元零壹分",
      "247.80, 贰佰肆拾柒元捌角",
      "3456.78, 叁仟肆佰伍拾陆元柒角捌分",
      "1000500.00, 壹佰万零伍佰元整",
      "100000001.00, 壹亿零壹元整",
      "10000000.00, 壹仟万元整",
      "20030.40, 贰万零叁拾元肆角"
  })
  void readsAmountsTheWayReceiptsPrintThem(String amount, String expected) {
    assertThat(ChineseAmount.of(Money.of(amount))).isEqualTo(expected);
  }
}
