package com.collection.core.estate;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a unit to a building; its number must be new in that building. */
@Service
public class AddUnit {

  private final Units units;
  private final Buildings buildings;

  public AddUnit(Units units, Buildings buildings) {
    this.units = units;
    this.buildings = buildings;
  }

  @Transactional
  public Unit add(long buildingId, String number, int floor, Area area, UnitUse use,
      Occupancy occupancy) {
    buildings.byId(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
    Unit unit = Unit.create(buildingId, number, floor, area, use, occupancy);
    if (units.numberTaken(buildingId, unit.number())) {
      throw DomainException.onField("number", "unit.number.taken", unit.number());
    }
    return units.save(unit);
  }
}
