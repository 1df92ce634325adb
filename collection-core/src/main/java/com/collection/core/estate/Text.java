package com.collection.core.estate;

import com.collection.core.shared.DomainException;

/** Checks for the free-text fields of the estate: trimmed, required or optional, bounded. */
final class Text {

  private Text() {
  }

  static String required(String field, String value, int maxLength) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      throw DomainException.onField(field, "validation.required");
    }
    return bounded(field, trimmed, maxLength);
  }

  static String optional(String field, String value, int maxLength) {
    String trimmed = value == null ? "" : value.strip();
    return trimmed.isEmpty() ? null : bounded(field, trimmed, maxLength);
  }

  private static String bounded(String field, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw DomainException.onField(field, "validation.tooLong", maxLength);
    }
    return value;
  }
}
