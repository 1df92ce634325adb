package com.collection.web.cashup;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A person hands over their day: the cash counted (as typed; core parses it) and why it differs. */
class CashUpForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate day;
  private String counted;
  private String reason;

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getCounted() {
    return counted;
  }

  public void setCounted(String counted) {
    this.counted = counted;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
