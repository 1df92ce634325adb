package com.collection.core.shared;

/** The record exists but the one asking may not see it (a staff member of another building). */
public class AccessRefusedException extends DomainException {

  public AccessRefusedException() {
    super("error.denied");
  }
}
