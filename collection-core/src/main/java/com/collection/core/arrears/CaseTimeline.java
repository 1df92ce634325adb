package com.collection.core.arrears;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.util.List;

/** Port: what the case pages read: a unit's timeline, a case's attempts. */
public interface CaseTimeline {

  /** A unit's attempts, case events and payments, newest first. */
  Page<TimelineEntry> ofUnit(long unitId, PageRequest page);

  /** A case's latest attempts, newest first (to pick the one a correction names). */
  List<CollectionAttempt> latestAttempts(long caseId, int limit);
}
