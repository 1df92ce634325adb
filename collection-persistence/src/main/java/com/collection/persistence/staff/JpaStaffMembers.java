package com.collection.persistence.staff;

import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

@Repository
class JpaStaffMembers implements StaffMembers {

  private final StaffJpaRepository repository;

  JpaStaffMembers(StaffJpaRepository repository) {
    this.repository = repository;
  }

  @Override
  public StaffMember save(StaffMember member) {
    StaffEntity entity = member.id() == null ? new StaffEntity()
        : repository.findById(member.id()).orElseThrow();
    entity.copyFrom(member);
    return repository.saveAndFlush(entity).toDomain();
  }

  @Override
  public Optional<StaffMember> byId(long id) {
    return repository.findById(id).map(StaffEntity::toDomain);
  }

  @Override
  public Optional<StaffMember> byUsername(String username) {
    return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(StaffEntity::toDomain);
  }

  @Override
  public boolean usernameTaken(String username) {
    return repository.existsByUsername(username);
  }

  @Override
  public List<StaffMember> all() {
    return repository.findAll(Sort.by("role", "username")).stream().map(StaffEntity::toDomain).toList();
  }

  @Override
  public long count() {
    return repository.count();
  }
}
