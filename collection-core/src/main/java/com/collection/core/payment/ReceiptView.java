package com.collection.core.payment;

import com.collection.core.estate.Community;
import com.collection.core.estate.UnitSummary;
import com.collection.core.shared.Money;
import java.util.List;

/** Everything a printed receipt shows. */
public record ReceiptView(Payment payment, Community community, UnitSummary unit, List<PaidBillLine> lines,
    Money creditCreated, String collectorName, String amountInWords) {
}
