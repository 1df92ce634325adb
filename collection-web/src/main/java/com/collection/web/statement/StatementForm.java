package com.collection.web.statement;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The date range of a statement; a date that is not one gets a message, not an error page. */
class StatementForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
