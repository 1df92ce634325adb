package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.time.LocalDate;

/** Money a payment brought beyond all open bills (预存), kept until it pays later bills. */
public record CreditLot(Long id, long paymentId, long unitId, Money original, Money remaining,
    LocalDate createdOn) {
}
