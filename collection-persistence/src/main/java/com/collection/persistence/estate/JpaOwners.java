package com.collection.persistence.estate;

import com.collection.core.estate.Owner;
import com.collection.core.estate.Owners;
import com.collection.core.estate.Ownership;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
class JpaOwners implements Owners {

  private final OwnerJpaRepository owners;
  private final OwnershipJpaRepository ownerships;

  JpaOwners(OwnerJpaRepository owners, OwnershipJpaRepository ownerships) {
    this.owners = owners;
    this.ownerships = ownerships;
  }

  @Override
  public Owner save(Owner owner) {
    OwnerEntity entity = owner.id() == null ? new OwnerEntity() : owners.findById(owner.id()).orElseThrow();
    entity.copyFrom(owner);
    return owners.saveAndFlush(entity).toDomain();
  }

  @Override
  public Optional<Owner> byId(long id) {
    return owners.findById(id).map(OwnerEntity::toDomain);
  }

  @Override
  public List<Owner> byIds(List<Long> ids) {
    return owners.findAllById(ids).stream().map(OwnerEntity::toDomain)
        .sorted(Comparator.comparingInt(o -> ids.indexOf(o.id()))).toList();
  }

  @Override
  public Ownership saveOwnership(Ownership ownership) {
    ownership.checkFitsAmong(ownershipsOfUnit(ownership.unitId()));
    OwnershipEntity entity = ownership.id() == null ? new OwnershipEntity()
        : ownerships.findById(ownership.id()).orElseThrow();
    entity.copyFrom(ownership);
    return ownerships.saveAndFlush(entity).toDomain();
  }

  @Override
  public List<Ownership> ownershipsOfUnit(long unitId) {
    return ownerships.findByUnitIdOrderByStart(unitId).stream().map(OwnershipEntity::toDomain).toList();
  }
}
