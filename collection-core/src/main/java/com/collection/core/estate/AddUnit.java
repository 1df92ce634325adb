package com.collection.core.estate;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a unit to a building; its number must be new in that building. */
@Service
public class AddUnit {

  private final Units units;
  private final Buildings buildings;
  private final Audit audit;

  public AddUnit(Units units, Buildings buildings, Audit audit) {
    this.units = units;
    this.buildings = buildings;
    this.audit = audit;
  }

  @Transactional
  public Unit add(long buildingId, String number, int floor, Area area, UnitUse use,
      Occupancy occupancy) {
    buildings.byId(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
    Unit unit = Unit.create(buildingId, number, floor, area, use, occupancy);
    if (units.numberTaken(buildingId, unit.number())) {
      throw DomainException.onField("number", "unit.number.taken", unit.number());
    }
    Unit saved = units.save(unit);
    audit.of(AuditAction.UNIT_CREATED, saved.id()).in(AuditScope.unit(saved.id())).write(Changes.none()
        .set("number", saved.number()).set("floor", saved.floor()).set("area", saved.area().squareMetres())
        .set("use", saved.use()).set("occupancy", saved.occupancy()));
    return saved;
  }
}
