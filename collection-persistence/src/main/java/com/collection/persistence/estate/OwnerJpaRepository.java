package com.collection.persistence.estate;

import org.springframework.data.jpa.repository.JpaRepository;

interface OwnerJpaRepository extends JpaRepository<OwnerEntity, Long> {
}
