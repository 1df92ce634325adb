package com.collection.core.audit;

/** An entry as the log page shows it: with the actor's name and the places' names. */
public record AuditEntryView(AuditEntry entry, String actorName, String communityName, String buildingName,
    String unitNumber) {
}
