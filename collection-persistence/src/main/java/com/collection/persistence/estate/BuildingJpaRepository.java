package com.collection.persistence.estate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BuildingJpaRepository extends JpaRepository<BuildingEntity, Long> {

  List<BuildingEntity> findByCommunityIdOrderByName(long communityId);

  boolean existsByCommunityIdAndName(long communityId, String name);

  boolean existsByCommunityIdAndNameAndIdNot(long communityId, String name, Long id);
}
