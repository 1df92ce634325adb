package com.collection.core.arrears;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;

/** Port: the worklists, as fixed each morning and as computed at request time. */
public interface Worklists {

  /**
   * Fixes the day's list of every staff member: the open cases of their buildings due on or before
   * {@code day}, as they stand when the job runs. Returns the rows written (none if already fixed).
   */
  int fixDay(LocalDate day);

  /**
   * A staff member's list now: the open cases of their buildings due on or before {@code today},
   * without the units that had a payment recorded today, most urgent first.
   */
  Page<WorklistRow> dueFor(long staffId, LocalDate today, WorklistFilter filter, PageRequest page);

  /** One case as a list row (open or closed). */
  java.util.Optional<WorklistRow> rowOfCase(long caseId);

  /** One building's open cases by floor and unit, for the visit sheet. */
  List<WorklistRow> openInBuilding(long buildingId);

  /** The day's completion per staff member with buildings, and the round-rule breaches of their cases. */
  List<CompletionRow> completion(LocalDate day);
}
