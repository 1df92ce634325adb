package com.collection.web.arrears;

import java.beans.PropertyEditorSupport;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.util.StringUtils;

/**
 * A {@code datetime-local} value, {@code yyyy-MM-ddTHH:mm} (seconds allowed), of a year from 1900 to
 * 2999 like every date the binder takes; empty is no value (now). Shown again to the minute.
 */
final class LocalDateTimeEditor extends PropertyEditorSupport {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
      .withResolverStyle(ResolverStyle.STRICT);

  @Override
  public void setAsText(String text) {
    if (!StringUtils.hasText(text)) {
      setValue(null);
      return;
    }
    String clean = text.strip();
    LocalDateTime parsed;
    try {
      parsed = LocalDateTime.parse(clean, clean.length() == 16 ? SHOWN : WITH_SECONDS);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not yyyy-MM-ddTHH:mm", e);
    }
    if (parsed.getYear() < 1900 || parsed.getYear() > 2999) {
      throw new IllegalArgumentException("year out of range");
    }
    setValue(parsed);
  }

  @Override
  public String getAsText() {
    return getValue() instanceof LocalDateTime value ? value.format(SHOWN) : "";
  }
}
