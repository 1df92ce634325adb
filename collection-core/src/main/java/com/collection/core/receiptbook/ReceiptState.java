package com.collection.core.receiptbook;

/** A receipt number's state in the book: valid, or void (its payment was reversed). */
public enum ReceiptState {
  VALID, VOID
}
