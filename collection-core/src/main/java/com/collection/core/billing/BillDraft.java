package com.collection.core.billing;

import com.collection.core.shared.Money;
import java.time.LocalDate;

/** A bill a run is about to write: computed, not yet stored. */
public record BillDraft(long unitId, long buildingId, long feeItemId, BillingPeriod period,
    int revision, Money amount, LocalDate dueDate, int feeYear, BillBasis basis) {
}
