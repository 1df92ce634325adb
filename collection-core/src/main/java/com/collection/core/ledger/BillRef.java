package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;

/** What the effects writer needs to know about a bill. */
public record BillRef(long billId, long unitId, long buildingId, int feeYear, LocalDate dueDate,
    Money amount, boolean lateFee) {
}
