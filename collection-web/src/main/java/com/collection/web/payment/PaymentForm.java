package com.collection.web.payment;

import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Viewer;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Money received for a unit, as the payment form sends it. The token is the form's idempotency key:
 * a fresh one per form shown, sent again by the preview's confirm button, so that a form submitted
 * twice records one payment. The rules beyond the field formats are core's ({@code RecordPayment}).
 */
class PaymentForm {

  @NotNull(message = "{validation.required}")
  @DecimalMin(value = "0.01", message = "{payment.amount.positive}")
  @Digits(integer = 8, fraction = 2, message = "{payment.amount.digits}")
  private BigDecimal amount;

  @NotNull(message = "{validation.required}")
  private PaymentMethod method = PaymentMethod.CASH;

  @NotBlank(message = "{validation.required}")
  @Size(max = 50)
  private String payer;

  @Size(max = 64)
  private String reference;

  @NotNull(message = "{validation.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate receivedOn;

  private List<Long> billIds = new ArrayList<>();

  private String token;

  RecordPaymentCommand toCommand(long unitId, Viewer viewer) {
    return new RecordPaymentCommand(unitId, amount, method, payer, reference, receivedOn,
        List.copyOf(billIds), token, viewer);
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getPayer() {
    return payer;
  }

  public void setPayer(String payer) {
    this.payer = payer;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public List<Long> getBillIds() {
    return billIds;
  }

  public void setBillIds(List<Long> billIds) {
    // an empty entry (billIds=) binds as null: it ticks nothing
    this.billIds = billIds == null ? new ArrayList<>()
        : new ArrayList<>(billIds.stream().filter(java.util.Objects::nonNull).toList());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
