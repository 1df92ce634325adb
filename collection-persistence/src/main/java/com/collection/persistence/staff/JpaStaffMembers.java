package com.collection.persistence.staff;

import com.collection.core.staff.StaffAccess;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.util.List;
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
  public Optional<StaffAccess> access(long id) {
    return repository.accessOf(id);
  }

  @Override
  public Optional<StaffMember> byUsername(String username) {
    // a name that can't be one is not even looked up
    return StaffMember.signInName(username).flatMap(repository::findByUsername).map(StaffEntity::toDomain);
  }

  @Override
  public boolean usernameTaken(String username) {
    return repository.existsByUsername(username);
  }

  @Override
  public List<StaffMember> all() {
    // the system account is no one's colleague: it is in no list and can't be edited
    return repository.findAll(Sort.by("role", "username")).stream()
        .filter(e -> !StaffMember.SYSTEM_USERNAME.equals(e.toDomain().username()))
        .map(StaffEntity::toDomain).toList();
  }

  @Override
  public long count() {
    return repository.count() - (repository.existsByUsername(StaffMember.SYSTEM_USERNAME) ? 1 : 0);
  }

  @Override
  public java.util.Optional<Long> systemAccountId() {
    return repository.findByUsername(StaffMember.SYSTEM_USERNAME).map(e -> e.toDomain().id());
  }
}
