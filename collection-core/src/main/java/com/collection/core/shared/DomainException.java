package com.collection.core.shared;

import java.util.List;

/**
 * A broken business rule. Carries a message code (resolved in the user's language by the web layer)
 * and its arguments, and optionally the form field it concerns.
 */
public class DomainException extends RuntimeException {

  private final String code;
  private final String field;
  private final List<Object> args;

  public DomainException(String code, Object... args) {
    this(null, code, args);
  }

  private DomainException(String field, String code, Object... args) {
    super(code);
    this.code = code;
    this.field = field;
    this.args = List.of(args);
  }

  /** A rule violation that belongs next to one form field. */
  public static DomainException onField(String field, String code, Object... args) {
    return new DomainException(field, code, args);
  }

  public String code() {
    return code;
  }

  /** The form field the message belongs to, or null for a message about the whole form. */
  public String field() {
    return field;
  }

  public Object[] args() {
    return args.toArray();
  }
}
