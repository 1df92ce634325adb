package com.collection.core.arrears;

import com.collection.core.shared.Money;
import java.time.Instant;

/**
 * One line of a unit's collection timeline, newest first: an attempt, a case event (opened,
 * category set, promise kept or broken, closed), or a payment received or reversed.
 */
public record TimelineEntry(Instant at, Kind kind, String actorName, CollectionAttempt attempt, CaseEvent event,
    Money amount, String receiptNumber) {

  public enum Kind {
    ATTEMPT, EVENT, PAYMENT, REVERSAL
  }
}
