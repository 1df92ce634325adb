package com.collection.core.payment;

import com.collection.core.shared.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the payment form sends; checked by {@link RecordPayment}. */
public record RecordPaymentCommand(long unitId, BigDecimal amount, PaymentMethod method, String payer,
    String reference, LocalDate receivedOn, List<Long> tickedBillIds, String idempotencyKey,
    Viewer viewer) {
}
