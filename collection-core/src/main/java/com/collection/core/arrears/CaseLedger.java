package com.collection.core.arrears;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** Port: what the cases read of the ledger, as it stands now. */
public interface CaseLedger {

  /** A unit's debt on {@code today}: its bills past due, and the threshold of its community. */
  UnitArrears arrearsOf(long unitId, LocalDate today);

  /**
   * Units that should have an open case on {@code day} and have none: an unpaid bill due more than
   * the community's {@code case_opening_days} before it. In unit id order.
   */
  List<Long> unitsToOpen(LocalDate day);

  /**
   * The same among the units whose unpaid bills cross the threshold on {@code day} itself (due date
   * + N + 1 = day): all a day can add when the day before was done (a ledger change opens its case
   * at once), so the job reads a few bills by due date instead of every unpaid one.
   */
  List<Long> unitsCrossingOn(LocalDate day);

  /** The unit's open bills due on or before {@code day}: what a promise made that day covers. */
  DueBills dueOn(long unitId, LocalDate day);

  /** Whether nothing is owed any more on these bills (paid, adjusted, or voided). */
  boolean settled(List<Long> billIds);

  /**
   * The unit's debt.
   *
   * @param oldestPastDue the due date of its oldest unpaid bill due before today (late-fee bills once
   *     posted included), or null
   * @param owed what its bills due before today still owe
   */
  record UnitArrears(long unitId, long buildingId, LocalDate oldestPastDue, Money owed, int caseOpeningDays) {

    /** Past due by more than the threshold: a case should be open (opened on due date + N + 1). */
    public boolean needsCase(LocalDate today) {
      return oldestPastDue != null && oldestPastDue.plusDays(caseOpeningDays).isBefore(today);
    }

    public boolean owesPastDue() {
      return oldestPastDue != null;
    }
  }

  record DueBills(List<Long> billIds, Money outstanding) {
  }
}
