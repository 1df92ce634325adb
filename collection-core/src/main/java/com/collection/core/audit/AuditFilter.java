package com.collection.core.audit;

import com.collection.core.shared.DomainException;
import java.time.LocalDate;

/**
 * What a manager looks for in the log: a range of business days (both ends included), an actor
 * (the system when {@code systemActor}), an action, a place and an object. Every part may be left
 * out.
 */
public record AuditFilter(LocalDate from, LocalDate to, Long actorId, boolean systemActor, AuditAction action,
    Long communityId, Long buildingId, Long unitId, String objectKind, String objectId) {

  /** The longest range a search may cover, so that a typo such as year 0001 does not scan for ever. */
  public static final int MAX_YEARS = 20;

  public AuditFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw DomainException.onField("to", "audit.filter.range");
    }
    if (from != null && to != null && from.plusYears(MAX_YEARS).isBefore(to)) {
      throw DomainException.onField("from", "audit.filter.tooLong", MAX_YEARS);
    }
    if (objectId != null && (objectId.isBlank() || objectId.length() > 64)) {
      throw DomainException.onField("objectId", "audit.filter.objectId");
    }
    if (objectKind != null && AuditAction.ofKind(objectKind).isEmpty()) {
      throw DomainException.onField("objectKind", "audit.filter.objectKind");
    }
  }

  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, false, null, null, null, null, null, null);
  }
}
