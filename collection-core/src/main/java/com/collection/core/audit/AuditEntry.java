package com.collection.core.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the append-only audit log: who (a staff account, or the system when
 * {@code actorId} is null), when, from where, what (action and object) and the fields that
 * changed, before and after.
 */
public record AuditEntry(Long id, Instant at, Long actorId, String address, AuditAction action, String objectId,
    AuditScope scope, Map<String, Object> before, Map<String, Object> after) {

  public AuditEntry {
    before = before == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
    after = after == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
  }

  public String objectKind() {
    return action.objectKind();
  }
}
