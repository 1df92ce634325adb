package com.collection.persistence.estate;

import com.collection.core.estate.Unit;
import com.collection.core.estate.Units;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
class JpaUnits implements Units {

  private final UnitJpaRepository repository;

  JpaUnits(UnitJpaRepository repository) {
    this.repository = repository;
  }

  @Override
  public Unit save(Unit unit) {
    UnitEntity entity = unit.id() == null ? new UnitEntity() : repository.findById(unit.id()).orElseThrow();
    entity.copyFrom(unit);
    return repository.saveAndFlush(entity).toDomain();
  }

  @Override
  public Optional<Unit> byId(long id) {
    return repository.findById(id).map(UnitEntity::toDomain);
  }

  @Override
  public boolean numberTaken(long buildingId, String number) {
    return repository.existsByBuildingIdAndNumber(buildingId, number);
  }
}
