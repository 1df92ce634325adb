package com.collection.core.estate;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or edits a building. Its responsible staff member is also assigned the building, so the
 * person who answers for it can always see it.
 */
@Service
public class SaveBuilding {

  private final Buildings buildings;
  private final Communities communities;
  private final StaffMembers staff;
  private final Audit audit;

  public SaveBuilding(Buildings buildings, Communities communities, StaffMembers staff, Audit audit) {
    this.buildings = buildings;
    this.communities = communities;
    this.staff = staff;
    this.audit = audit;
  }

  @Transactional
  public Building create(long communityId, String name, Long responsibleStaffId) {
    communities.byId(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
    Building building = Building.create(communityId, name, responsibleStaffId);
    Building saved = store(building, null);
    audit.of(AuditAction.BUILDING_CREATED, saved.id()).in(AuditScope.building(saved.id())).write(Changes.none()
        .set("name", saved.name()).set("responsibleStaffId", saved.responsibleStaffId()));
    return saved;
  }

  @Transactional
  public Building edit(long buildingId, String name, Long responsibleStaffId) {
    Building existing = byId(buildingId);
    Building saved = store(existing.rename(name, responsibleStaffId), existing.responsibleStaffId());
    Changes changes = Changes.none().change("name", existing.name(), saved.name())
        .change("responsibleStaffId", existing.responsibleStaffId(), saved.responsibleStaffId());
    if (!changes.isEmpty()) {
      audit.of(AuditAction.BUILDING_CHANGED, buildingId).in(AuditScope.building(buildingId)).write(changes);
    }
    return saved;
  }

  @Transactional(readOnly = true)
  public Building byId(long buildingId) {
    return buildings.byId(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
  }

  /**
   * A disabled staff member can't be made responsible (they can't sign in to answer for it); one who
   * already is stays so while the building is edited, until an admin chooses someone else.
   */
  private Building store(Building building, Long responsibleBefore) {
    if (buildings.nameTaken(building.communityId(), building.name(), building.id())) {
      throw DomainException.onField("name", "building.name.taken", building.name());
    }
    StaffMember responsible = null;
    if (building.responsibleStaffId() != null) {
      responsible = staff.byId(building.responsibleStaffId())
          .orElseThrow(() -> DomainException.onField("responsibleStaffId", "building.responsible.unknown"));
      if (!responsible.enabled() && !responsible.id().equals(responsibleBefore)) {
        throw DomainException.onField("responsibleStaffId", "building.responsible.disabled");
      }
    }
    Building saved = buildings.save(building);
    if (responsible != null && !responsible.buildingIds().contains(saved.id())) {
      Set<Long> assigned = new HashSet<>(responsible.buildingIds());
      assigned.add(saved.id());
      staff.save(responsible.assignBuildings(assigned));
      audit.of(AuditAction.STAFF_BUILDINGS_ASSIGNED, responsible.id()).write(Changes.none()
          .change("buildingIds", responsible.buildingIds(), assigned));
    }
    return saved;
  }
}
