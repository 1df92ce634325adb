package com.collection.web.admin;

import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitUse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A new unit of a building: number, floor, building area in m², use and occupancy. */
class UnitForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 20)
  private String number;

  @NotNull(message = "{validation.required}")
  @Min(value = -10, message = "{unit.floor.range}")
  @Max(value = 200, message = "{unit.floor.range}")
  private Integer floor;

  @NotNull(message = "{validation.required}")
  @DecimalMin(value = "0", inclusive = false, message = "{unit.area.positive}")
  @Digits(integer = 5, fraction = 2, message = "{admin.validation.area}")
  private BigDecimal area;

  @NotNull(message = "{validation.required}")
  private UnitUse use = UnitUse.RESIDENTIAL;

  @NotNull(message = "{validation.required}")
  private Occupancy occupancy = Occupancy.OCCUPIED;

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Integer getFloor() {
    return floor;
  }

  public void setFloor(Integer floor) {
    this.floor = floor;
  }

  public BigDecimal getArea() {
    return area;
  }

  public void setArea(BigDecimal area) {
    this.area = area;
  }

  public UnitUse getUse() {
    return use;
  }

  public void setUse(UnitUse use) {
    this.use = use;
  }

  public Occupancy getOccupancy() {
    return occupancy;
  }

  public void setOccupancy(Occupancy occupancy) {
    this.occupancy = occupancy;
  }
}
