package com.collection.core.payment;

/** How the money came in. Methods with an external reference must give it (and only once). */
public enum PaymentMethod {
  CASH(false, false), BANK_TRANSFER(true, true), WECHAT_PAY(true, true), ALIPAY(true, true),
  POS_CARD(true, true), OTHER(true, false);

  private final boolean takesReference;
  private final boolean needsReference;

  PaymentMethod(boolean takesReference, boolean needsReference) {
    this.takesReference = takesReference;
    this.needsReference = needsReference;
  }

  public boolean takesReference() {
    return takesReference;
  }

  public boolean needsReference() {
    return needsReference;
  }
}
