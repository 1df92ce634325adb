package com.collection.core.billing;

/** A bill as the unit page lists it, with its fee item's name. */
public record BillLine(Bill bill, String feeItemName) {
}
