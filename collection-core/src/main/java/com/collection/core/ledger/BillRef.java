package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;

/**
 * What the effects writer needs to know about a bill. {@code reopenedOn} is the last day a reversal
 * or a counter-entry re-opened it (took money off it), or null if none ever did.
 */
public record BillRef(long billId, long unitId, long buildingId, int feeYear, LocalDate dueDate,
    Money amount, boolean lateFee, LocalDate reopenedOn) {
}
