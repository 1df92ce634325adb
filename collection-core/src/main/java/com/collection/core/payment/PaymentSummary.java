package com.collection.core.payment;

/** A payment in the search list, with where it belongs and who took it. */
public record PaymentSummary(Payment payment, String communityName, String buildingName,
    String unitNumber, String collectorName) {
}
