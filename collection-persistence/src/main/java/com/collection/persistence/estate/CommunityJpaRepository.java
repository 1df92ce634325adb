package com.collection.persistence.estate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityJpaRepository extends JpaRepository<CommunityEntity, Long> {

  boolean existsByCodeAndIdNot(String code, Long id);

  boolean existsByCode(String code);
}
