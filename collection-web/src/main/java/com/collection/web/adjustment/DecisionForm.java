package com.collection.web.adjustment;

import jakarta.validation.constraints.Size;

/** A manager's note on a rejection, or the reason of a counter-entry (required there, by core). */
class DecisionForm {

  @Size(max = 200)
  private String note;

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
