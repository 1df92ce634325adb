package com.collection.persistence.staff;

import com.collection.core.staff.StaffAccess;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffJpaRepository extends JpaRepository<StaffEntity, Long> {

  Optional<StaffEntity> findByUsername(String username);

  boolean existsByUsername(String username);

  /** One row by its key, without the building assignments (read on every signed-in request). */
  @Query("SELECT new com.collection.core.staff.StaffAccess(s.id, s.username, s.displayName, s.role, s.enabled,"
      + " s.passwordHash) FROM StaffEntity s WHERE s.id = :id")
  Optional<StaffAccess> accessOf(@Param("id") long id);
}
