package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.time.LocalDate;

/**
 * The part of a payment applied to a bill (核销). {@code countsFrom} is the day it counts from: the
 * payment's received date when made with the payment, the day it was made when made later from the
 * payment's credit lot. A reversal marks it reversed from that day on; it is never deleted.
 */
public record Allocation(Long id, long paymentId, long billId, long unitId, Money amount,
    LocalDate countsFrom, LocalDate madeOn, boolean fromCredit, LocalDate reversedOn) {

  public boolean active() {
    return reversedOn == null;
  }
}
