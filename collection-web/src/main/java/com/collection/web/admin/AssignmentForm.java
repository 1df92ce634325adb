package com.collection.web.admin;

import java.util.HashSet;
import java.util.Set;

/** The buildings a staff member works (and may see). */
class AssignmentForm {

  private Set<Long> buildingIds = new HashSet<>();

  static AssignmentForm of(Set<Long> buildingIds) {
    AssignmentForm form = new AssignmentForm();
    form.buildingIds = new HashSet<>(buildingIds);
    return form;
  }

  public Set<Long> getBuildingIds() {
    return buildingIds;
  }

  public void setBuildingIds(Set<Long> buildingIds) {
    // an empty entry binds as null: it assigns nothing
    this.buildingIds = buildingIds == null ? new HashSet<>()
        : new HashSet<>(buildingIds.stream().filter(java.util.Objects::nonNull).toList());
  }
}
