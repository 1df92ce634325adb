package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money of a payment applied to (or, reversed, taken off) a bill, counting from {@code countsFrom}:
 * the received date, the day credit was used, or the day of the reversal, but never from before the
 * day the bill was last re-opened by a reversal or a counter-entry ("Collection-rate definitions"):
 * a payment received before that day but recorded after it counts from that day, or the bill
 * would count as paid twice (by the reversed money and by this) on the days in between. The
 * constructor applies that rule, so the allocation stored and its effect are dated alike.
 */
public record Allocated(BillRef bill, long paymentId, Money amount, LocalDate countsFrom) {

  public Allocated {
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(countsFrom, "countsFrom");
    if (bill.reopenedOn() != null && countsFrom.isBefore(bill.reopenedOn())) {
      countsFrom = bill.reopenedOn();
    }
  }
}
