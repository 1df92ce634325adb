package com.collection.core.payment;

import com.collection.core.shared.Money;

/**
 * An amount in Chinese capital numerals (大写) as receipts print it: 壹万零伍元陆角, 壹拾万元整,
 * 伍分. Zeros inside a number are read once (零), a whole amount ends with 整.
 */
public final class ChineseAmount {

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
  private static final String[] BIG_UNITS = {"", "万", "亿", "万亿"};

  private ChineseAmount() {
  }

  public static String of(Money money) {
    if (money.isNegative()) {
      return "负" + of(money.negate());
    }
    long fen = money.fen();
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    if (fen == 0) {
      return "零元整";
    }
    StringBuilder text = new StringBuilder();
    if (yuan > 0) {
      text.append(integer(yuan)).append('元');
    }
    if (jiao == 0 && cents == 0) {
      return text.append('整').toString();
    }
    if (jiao > 0) {
      text.append(DIGITS.charAt(jiao)).append('角');
    } else if (yuan > 0) {
      text.append('零');
    }
    if (cents > 0) {
      text.append(DIGITS.charAt(cents)).append('分');
    }
    return text.toString();
  }

  /**
   * A positive whole number read in groups of four digits (个, 万, 亿), high to low. A group below
   * 1,000 after a higher one, or any group after an all-zero group, is joined with one 零.
   */
  private static String integer(long number) {
    int[] groups = new int[BIG_UNITS.length];
    int count = 0;
    while (number > 0) {
      groups[count++] = (int) (number % 10_000);
      number /= 10_000;
    }
    StringBuilder text = new StringBuilder();
    boolean skippedZeroGroup = false;
    for (int i = count - 1; i >= 0; i--) {
      int group = groups[i];
      if (group == 0) {
        skippedZeroGroup = text.length() > 0;
        continue;
      }
      if (text.length() > 0 && (skippedZeroGroup || group < 1000)) {
        text.append('零');
      }
      text.append(fourDigits(group)).append(BIG_UNITS[i]);
      skippedZeroGroup = false;
    }
    return text.toString();
  }

  private static String fourDigits(int number) {
    StringBuilder text = new StringBuilder();
    boolean zero = false;
    for (int position = 3; position >= 0; position--) {
      int digit = number / (int) Math.pow(10, position) % 10;
      if (digit == 0) {
        zero = text.length() > 0;
      } else {
        if (zero) {
          text.append('零');
          zero = false;
        }
        text.append(DIGITS.charAt(digit)).append(SMALL_UNITS[position]);
      }
    }
    return text.toString();
  }
}
