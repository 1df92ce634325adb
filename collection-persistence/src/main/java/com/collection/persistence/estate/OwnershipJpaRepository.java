package com.collection.persistence.estate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnershipJpaRepository extends JpaRepository<OwnershipEntity, Long> {

  List<OwnershipEntity> findByUnitIdOrderByStart(long unitId);
}
