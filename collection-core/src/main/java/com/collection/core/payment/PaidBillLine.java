package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A bill a payment paid, as the receipt prints it: period, item, basis and the part paid. */
public record PaidBillLine(long billId, String period, String feeItemName, String basisKind,
    BigDecimal rate, BigDecimal quantity, int months, Money billAmount, Money paid, LocalDate countsFrom,
    boolean fromCredit, boolean reversed) {
}
