package com.collection.core.audit;

/**
 * Where in the estate a change happened, for the log's filters. A use case names the narrowest
 * place it knows (a unit, a building or a community); the log fills in the wider ones (a unit's
 * building and community). A staff account belongs to none.
 */
public record AuditScope(Long communityId, Long buildingId, Long unitId) {

  public static final AuditScope NONE = new AuditScope(null, null, null);

  public static AuditScope community(long communityId) {
    return new AuditScope(communityId, null, null);
  }

  public static AuditScope building(long buildingId) {
    return new AuditScope(null, buildingId, null);
  }

  public static AuditScope unit(long unitId) {
    return new AuditScope(null, null, unitId);
  }
}
