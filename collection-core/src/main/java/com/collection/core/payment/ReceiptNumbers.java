package com.collection.core.payment;

/**
 * Port: receipt numbers without gaps per community and year of issue. The next number is taken in
 * the caller's transaction, so a rolled-back payment gives its number back.
 */
public interface ReceiptNumbers {

  long next(long communityId, int year);
}
