package com.collection.core.shared;

/** Something asked for by id does not exist, or is not visible to the one asking. */
public class NotFoundException extends DomainException {

  public NotFoundException(String what, Object id) {
    super("error.notFound", what, id);
  }
}
