package com.collection.web.adjustment;

import com.collection.core.adjustment.AdjustmentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A request to lower one bill. The amount's rules (positive, two decimals, at most what is owed)
 * are core's, so that every way in gets the same messages.
 */
class AdjustmentForm {

  @NotNull(message = "{validation.required}")
  private Long billId;

  @NotNull(message = "{validation.required}")
  private AdjustmentKind kind;

  @NotNull(message = "{validation.required}")
  private BigDecimal amount;

  @NotBlank(message = "{validation.required}")
  @Size(max = 200)
  private String reason;

  public Long getBillId() {
    return billId;
  }

  public void setBillId(Long billId) {
    this.billId = billId;
  }

  public AdjustmentKind getKind() {
    return kind;
  }

  public void setKind(AdjustmentKind kind) {
    this.kind = kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
