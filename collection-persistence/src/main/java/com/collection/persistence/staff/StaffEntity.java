package com.collection.persistence.staff;

import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "staff")
class StaffEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, length = 50)
  String username;

  @Column(name = "display_name", nullable = false, length = 50)
  String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Role role;

  @Column(name = "password_hash", nullable = false, length = 100)
  String passwordHash;

  @Column(nullable = false)
  boolean enabled;

  @Column(name = "must_change_password", nullable = false)
  boolean mustChangePassword;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_building", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "building_id")
  Set<Long> buildingIds = new HashSet<>();

  StaffMember toDomain() {
    return StaffMember.load(id, username, displayName, role, passwordHash, enabled,
        mustChangePassword, buildingIds);
  }

  void copyFrom(StaffMember member) {
    username = member.username();
    displayName = member.displayName();
    role = member.role();
    passwordHash = member.passwordHash();
    enabled = member.enabled();
    mustChangePassword = member.mustChangePassword();
    buildingIds.retainAll(member.buildingIds());
    buildingIds.addAll(member.buildingIds());
  }
}
