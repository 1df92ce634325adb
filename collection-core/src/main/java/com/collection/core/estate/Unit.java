package com.collection.core.estate;

import com.collection.core.shared.DomainException;
import java.util.Objects;

/** A flat, shop or parking space. Its number is unique within its building (checked on save). */
public record Unit(Long id, long buildingId, String number, int floor, Area area, UnitUse use,
    Occupancy occupancy) {

  public Unit {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(use, "use");
    Objects.requireNonNull(occupancy, "occupancy");
  }

  public static Unit create(long buildingId, String number, int floor, Area area, UnitUse use,
      Occupancy occupancy) {
    if (floor < -10 || floor > 200) {
      throw DomainException.onField("floor", "unit.floor.range");
    }
    return new Unit(null, buildingId, Text.required("number", number, 20), floor, area, use, occupancy);
  }
}
