package com.collection.core.cashup;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's day as a page shows it: the submitted report (if any) with its frozen figures, the
 * figures as they are now, and whether the two count different money.
 */
public record CashUpReport(long staffId, String staffName, LocalDate day, CashUp cashUp, CashUpFigures live,
    List<CashUpRevision> revisions, String confirmerName) {

  public CashUpReport {
    revisions = List.copyOf(revisions);
  }

  public boolean submitted() {
    return cashUp != null;
  }

  /** What the report shows: the frozen figures once submitted, otherwise the day as it is now. */
  public CashUpFigures figures() {
    return cashUp == null ? live : cashUp.figures();
  }

  /** The day counts different money now than what was submitted (or confirmed). */
  public boolean liveDiffers() {
    return cashUp != null && !cashUp.figures().sameMoneyAs(live);
  }
}
