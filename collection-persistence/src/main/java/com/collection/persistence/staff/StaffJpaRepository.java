package com.collection.persistence.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffJpaRepository extends JpaRepository<StaffEntity, Long> {

  Optional<StaffEntity> findByUsername(String username);

  boolean existsByUsername(String username);
}
