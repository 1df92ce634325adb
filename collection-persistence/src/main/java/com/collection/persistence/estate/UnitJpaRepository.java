package com.collection.persistence.estate;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitJpaRepository extends JpaRepository<UnitEntity, Long> {

  boolean existsByBuildingIdAndNumber(long buildingId, String number);
}
