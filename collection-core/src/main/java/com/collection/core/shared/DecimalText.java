package com.collection.core.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A decimal number as a person types it (an amount, a rate, an area), judged by its shape before
 * {@link BigDecimal} sees it: at most {@value #MAX_LENGTH} characters of ASCII digits with an
 * optional sign and decimal point. No exponent ({@code 1e999999999} is ten characters whose value
 * takes seconds of CPU, or all memory, to write out), no NaN or Infinity, no digits of other
 * scripts (BigDecimal reads full-width {@code １２} as twelve). The precision and scale of what
 * passes are bounded by its length, so every later check and {@code setScale} is cheap.
 */
public final class DecimalText {

  public static final int MAX_LENGTH = 20;
  /** How much of a refused text a message may quote. */
  public static final int SHOWN_LENGTH = 24;

  private static final Pattern PLAIN = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private DecimalText() {
  }

  /** The number, or empty when the text is not a plain decimal of at most {@value #MAX_LENGTH} characters. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String clean = text.strip();
    if (clean.length() > MAX_LENGTH || !PLAIN.matcher(clean).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(clean));
  }

  /** The first characters of a refused text, for a message that quotes it. */
  public static String shown(String text) {
    if (text == null) {
      return "";
    }
    String clean = text.strip();
    return clean.length() <= SHOWN_LENGTH ? clean : clean.substring(0, SHOWN_LENGTH) + "…";
  }
}
