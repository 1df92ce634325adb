package com.collection.core.estate;

/** Where owners who are away can pay by bank transfer. All parts optional. */
public record BankDetails(String accountName, String bankName, String accountNumber) {

  public static final BankDetails NONE = new BankDetails(null, null, null);

  public boolean isPresent() {
    return accountNumber != null && !accountNumber.isBlank();
  }
}
