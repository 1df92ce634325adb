package com.collection.core.arrears;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change of a case's state for its timeline: opened, closed, reopened, a category set by an
 * attempt, a promise kept or broken. {@code actorId} is the staff member, or the system account for
 * the transitions of the ledger and the daily job.
 */
public record CaseEvent(Long id, long caseId, Kind kind, LocalDate on, Instant at, long actorId,
    CaseCategory category, LocalDate promisedDate, Long attemptId) {

  public enum Kind {
    OPENED, REOPENED, CLOSED, CATEGORY_SET, PROMISE_KEPT, PROMISE_BROKEN
  }
}
