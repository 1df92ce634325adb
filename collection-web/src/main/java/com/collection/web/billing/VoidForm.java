package com.collection.web.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a bill is voided. */
public class VoidForm {

  @NotBlank
  @Size(max = 200)
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
