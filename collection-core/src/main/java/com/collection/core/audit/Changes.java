package com.collection.core.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields a change touched, each with its value before and after. A new object's fields have
 * only an after ({@link #set}); a changed field has both, and is kept only if its value differs. Values are plain: strings,
 * numbers, booleans, dates; never a password or its hash.
 */
public final class Changes {

  private final Map<String, Object> before = new LinkedHashMap<>();
  private final Map<String, Object> after = new LinkedHashMap<>();

  private Changes() {
  }

  public static Changes none() {
    return new Changes();
  }

  /** A field of a new object (nothing before). */
  public static Changes created(String field, Object value) {
    return new Changes().set(field, value);
  }

  /** Adds a field with its value after the change, when there was nothing before (a new object). */
  public Changes set(String field, Object value) {
    after.put(field, plain(value));
    return this;
  }

  /** Adds a field that went from one value to another; dropped when both are equal. */
  public Changes change(String field, Object from, Object to) {
    Object plainFrom = plain(from);
    Object plainTo = plain(to);
    if (!Objects.equals(plainFrom, plainTo)) {
      before.put(field, plainFrom);
      after.put(field, plainTo);
    }
    return this;
  }

  /**
   * For an object that may be new: a field of a new object ({@code isNew}) has only its after, a
   * changed one both.
   */
  public Changes compare(boolean isNew, String field, Object from, Object to) {
    return isNew ? set(field, to) : change(field, from, to);
  }

  public Map<String, Object> before() {
    return Collections.unmodifiableMap(before);
  }

  public Map<String, Object> after() {
    return Collections.unmodifiableMap(after);
  }

  public boolean isEmpty() {
    return after.isEmpty();
  }

  /** Money, dates, enums and ids become what JSON holds: strings, whole numbers (longs) and booleans. */
  private static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
      return value;
    }
    if (value instanceof Integer number) {
      return number.longValue();   // the log reads whole numbers back as longs
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof com.collection.core.shared.Money money) {
      return money.amount().toPlainString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof java.util.Collection<?> items) {
      return String.join(",", items.stream().map(i -> String.valueOf(plain(i))).sorted().toList());
    }
    return value.toString();
  }
}
