package com.collection.core.estate;

/** A building with its community and unit count, for the home page and the admin lists. */
public record BuildingSummary(long buildingId, long communityId, String communityName, String name,
    String responsibleName, long unitCount) {
}
