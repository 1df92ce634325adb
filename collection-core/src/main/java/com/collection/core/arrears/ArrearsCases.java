package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the arrears cases. A unit has at most one open case (a unique key in the database). */
public interface ArrearsCases {

  Optional<ArrearsCase> byId(long id);

  /** The unit's open case, or else its latest closed one (to reopen). */
  Optional<ArrearsCase> latestOfUnit(long unitId);

  /** Stores a new case and returns it with its id. */
  ArrearsCase insert(ArrearsCase newCase);

  /**
   * Stores a changed case if nobody changed it since it was read (its version); refused with
   * {@code arrears.case.changed} otherwise.
   */
  void update(ArrearsCase changed);

  /** Open pay-soon cases whose promised date is before {@code day} (their promise has ended), by id. */
  List<Long> withEndedPromise(LocalDate day);

  /** Open cases with an id above {@code afterId}, in id order, at most {@code limit}. */
  List<ArrearsCase> openAfter(long afterId, int limit);

  /**
   * Stores a new next follow-up if the case is still as read (its version); false, changing
   * nothing, if an attempt or a transition changed it meanwhile (that change scheduled its own).
   */
  boolean updateFollowUp(ArrearsCase scheduled);
}
