package com.collection.core.receiptbook;

import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/** One receipt number of the book: its payment, state (valid or void), collector and time. */
public record ReceiptBookEntry(long sequence, String receiptNumber, long paymentId, Payment.Status status,
    Money amount, PaymentMethod method, String payer, String buildingName, String unitNumber,
    String collectorName, Instant recordedAt, LocalDate reversedOn) {

  public boolean voided() {
    return status == Payment.Status.REVERSED;
  }
}
