package com.collection.web.admin;

import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An existing staff account's name, role and whether it may sign in. */
class StaffForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 50)
  private String displayName;

  @NotNull(message = "{validation.required}")
  private Role role;

  private boolean enabled;

  static StaffForm of(StaffMember member) {
    StaffForm form = new StaffForm();
    form.displayName = member.displayName();
    form.role = member.role();
    form.enabled = member.enabled();
    return form;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
