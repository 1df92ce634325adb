package com.collection.persistence.estate;

import com.collection.core.estate.Area;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.Unit;
import com.collection.core.estate.UnitUse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "unit")
class UnitEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "building_id", nullable = false)
  long buildingId;

  @Column(nullable = false, length = 20)
  String number;

  @Column(nullable = false)
  int floor;

  @Column(nullable = false, precision = 10, scale = 2)
  BigDecimal area;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_use", nullable = false, length = 12)
  UnitUse use;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Occupancy occupancy;

  Unit toDomain() {
    return new Unit(id, buildingId, number, floor, new Area(area), use, occupancy);
  }

  void copyFrom(Unit unit) {
    buildingId = unit.buildingId();
    number = unit.number();
    floor = unit.floor();
    area = unit.area().squareMetres();
    use = unit.use();
    occupancy = unit.occupancy();
  }
}
