package com.collection.core.demo;

import java.time.LocalDate;
import java.util.List;

/** Port: writes a deterministic demo company into an empty database, in batches. */
public interface DemoCompany {

  /** Whether the database holds no community and no staff yet. */
  boolean isEmpty();

  /**
   * Generates the company; staff passwords arrive already hashed ({@code passwordHash}).
   * Dates are relative to {@code today}.
   */
  Summary generate(DemoCompanySize size, long seed, LocalDate today, String passwordHash,
      List<DemoLogin> logins);

  /** What was written. */
  record Summary(int communities, int buildings, int units, int owners) {
  }
}
