package com.collection.core.cashup;

import java.util.List;
import java.util.Optional;

/**
 * Port: submitted cash-ups with every revision's frozen figures. The schema keeps one report per
 * person and day; the writes are guarded so that two concurrent changes can't both win.
 */
public interface CashUps {

  Optional<CashUp> byId(long id);

  Optional<CashUp> of(long staffId, java.time.LocalDate day);

  /** Stores a first submission; a report of the same person and day stored meanwhile is refused. */
  CashUp insert(CashUp cashUp);

  /**
   * Stores the next revision of a report if it is still submitted at the revision before it;
   * false (and nothing written) otherwise.
   */
  boolean resubmit(CashUp next);

  /** Marks the report confirmed if it is still submitted at that revision; false (nothing written) otherwise. */
  boolean confirm(CashUp confirmed);

  List<CashUpRevision> revisions(long id);
}
