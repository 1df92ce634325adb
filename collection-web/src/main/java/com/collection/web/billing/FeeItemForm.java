package com.collection.web.billing;

import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new fee item of a community. */
public class FeeItemForm {

  @NotBlank
  @Size(max = 50)
  private String name;
  @NotNull
  private FeeKind kind = FeeKind.PER_AREA;
  @NotNull
  private BillingCycle cycle = BillingCycle.MONTHLY;
  @NotNull
  @Min(1)
  @Max(28)
  private Integer dueDay = 15;
  private boolean billsVacant = true;
  private boolean billsUnsold;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public FeeKind getKind() {
    return kind;
  }

  public void setKind(FeeKind kind) {
    this.kind = kind;
  }

  public BillingCycle getCycle() {
    return cycle;
  }

  public void setCycle(BillingCycle cycle) {
    this.cycle = cycle;
  }

  public Integer getDueDay() {
    return dueDay;
  }

  public void setDueDay(Integer dueDay) {
    this.dueDay = dueDay;
  }

  public boolean isBillsVacant() {
    return billsVacant;
  }

  public void setBillsVacant(boolean billsVacant) {
    this.billsVacant = billsVacant;
  }

  public boolean isBillsUnsold() {
    return billsUnsold;
  }

  public void setBillsUnsold(boolean billsUnsold) {
    this.billsUnsold = billsUnsold;
  }
}
