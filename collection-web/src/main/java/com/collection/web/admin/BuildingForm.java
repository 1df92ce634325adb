package com.collection.web.admin;

import com.collection.core.estate.Building;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A building's name and its responsible staff member (optional). */
class BuildingForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 50)
  private String name;

  private Long responsibleStaffId;

  static BuildingForm of(Building building) {
    BuildingForm form = new BuildingForm();
    form.name = building.name();
    form.responsibleStaffId = building.responsibleStaffId();
    return form;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getResponsibleStaffId() {
    return responsibleStaffId;
  }

  public void setResponsibleStaffId(Long responsibleStaffId) {
    this.responsibleStaffId = responsibleStaffId;
  }
}
