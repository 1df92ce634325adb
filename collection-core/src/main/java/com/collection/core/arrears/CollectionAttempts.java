package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port: the attempt log. Appended to, never changed. */
public interface CollectionAttempts {

  /** Appends an attempt, with the bills its promise covers (a pay-soon outcome), and returns it with its id. */
  CollectionAttempt append(CollectionAttempt attempt, java.util.List<Long> promiseCovers);

  /** The same, remembering the form's token ({@code requestKey}, or null) so the form sent again logs nothing. */
  CollectionAttempt append(CollectionAttempt attempt, java.util.List<Long> promiseCovers, String requestKey);

  /** The attempt a form with this token logged, if any. */
  Optional<CollectionAttempt> byRequestKey(String requestKey);

  Optional<CollectionAttempt> byId(long id);

  /** Counting attempts on the case with their day in the ISO week starting {@code monday}. */
  int countingInWeek(long caseId, LocalDate monday);

  /** The same for several cases at once (cases without any are absent). */
  Map<Long, Integer> countingInWeek(Collection<Long> caseIds, LocalDate monday);
}
