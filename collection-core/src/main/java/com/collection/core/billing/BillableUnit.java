package com.collection.core.billing;

import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitUse;
import java.math.BigDecimal;

/** What a bill run needs to know about a unit. */
public record BillableUnit(long unitId, long buildingId, BigDecimal area, UnitUse use, Occupancy occupancy) {
}
