package com.collection.web.admin;

import com.collection.core.staff.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new staff account: username, name, role and a first password they must change. */
class NewStaffForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 50)
  private String username;

  @NotBlank(message = "{validation.required}")
  @Size(max = 50)
  private String displayName;

  @NotNull(message = "{validation.required}")
  private Role role = Role.STAFF;

  @NotBlank(message = "{validation.required}")
  @Size(max = 100)
  private String password;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
