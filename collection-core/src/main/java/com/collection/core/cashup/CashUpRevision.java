package com.collection.core.cashup;

import com.collection.core.shared.Money;
import java.time.Instant;

/** One submission of a report, kept when the report is submitted again. */
public record CashUpRevision(int revision, Instant submittedAt, int entryCount, Money netTotal,
    Money expectedCash, Money counted, Money difference, String reason) {
}
