package com.collection.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A one-time password an admin gives a staff member, to be changed at the next sign-in. */
class PasswordResetForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 100)
  private String password;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
