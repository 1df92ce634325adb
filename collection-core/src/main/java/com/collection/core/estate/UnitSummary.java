package com.collection.core.estate;

import java.math.BigDecimal;

/** One row of the unit list. */
public record UnitSummary(long unitId, long communityId, String communityName, long buildingId, String buildingName,
    String number, int floor, BigDecimal area, UnitUse use, Occupancy occupancy, String owners,
    String phones) {
}
