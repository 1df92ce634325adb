package com.collection.persistence.estate;

import com.collection.core.estate.Building;
import com.collection.core.estate.Buildings;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
class JpaBuildings implements Buildings {

  private final BuildingJpaRepository repository;

  JpaBuildings(BuildingJpaRepository repository) {
    this.repository = repository;
  }

  @Override
  public Building save(Building building) {
    BuildingEntity entity = building.id() == null ? new BuildingEntity()
        : repository.findById(building.id()).orElseThrow();
    entity.copyFrom(building);
    return repository.saveAndFlush(entity).toDomain();
  }

  @Override
  public Optional<Building> byId(long id) {
    return repository.findById(id).map(BuildingEntity::toDomain);
  }

  @Override
  public List<Building> ofCommunity(long communityId) {
    return repository.findByCommunityIdOrderByName(communityId).stream().map(BuildingEntity::toDomain).toList();
  }

  @Override
  public boolean nameTaken(long communityId, String name, Long exceptId) {
    return exceptId == null ? repository.existsByCommunityIdAndName(communityId, name)
        : repository.existsByCommunityIdAndNameAndIdNot(communityId, name, exceptId);
  }
}
