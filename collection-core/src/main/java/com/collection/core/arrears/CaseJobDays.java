package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/** Port: the days the daily case job has done, one row per day (a primary key: each day once). */
public interface CaseJobDays {

  Optional<LocalDate> lastDone();

  /**
   * Claims the day for the calling transaction; false when it was done already (another instance
   * that claimed it first makes this wait until it commits, then false).
   */
  boolean claim(LocalDate day);
}
