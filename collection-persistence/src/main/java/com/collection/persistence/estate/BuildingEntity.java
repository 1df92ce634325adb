package com.collection.persistence.estate;

import com.collection.core.estate.Building;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "building")
class BuildingEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "community_id", nullable = false)
  long communityId;

  @Column(nullable = false, length = 50)
  String name;

  @Column(name = "responsible_staff_id")
  Long responsibleStaffId;

  Building toDomain() {
    return new Building(id, communityId, name, responsibleStaffId);
  }

  void copyFrom(Building building) {
    communityId = building.communityId();
    name = building.name();
    responsibleStaffId = building.responsibleStaffId();
  }
}
