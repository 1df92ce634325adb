package com.collection.web.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a manager reverses a payment (冲正). */
class ReverseForm {

  @NotBlank(message = "{payment.reverse.reasonRequired}")
  @Size(max = 200)
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
