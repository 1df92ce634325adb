package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;

/**
 * Money of a payment applied to (or, reversed, taken off) a bill, counting from {@code countsFrom}:
 * the received date, the day credit was used, or the day of the reversal.
 */
public record Allocated(BillRef bill, long paymentId, Money amount, LocalDate countsFrom) {
}
