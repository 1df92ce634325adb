package com.collection.web.estate;

/** The unit search's query parameters; wrong types are ignored rather than failing the page. */
public class UnitSearchForm {

  private Long communityId;
  private Long buildingId;
  private String unitNumber;
  private String ownerName;
  private String phone;

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getBuildingId() {
    return buildingId;
  }

  public void setBuildingId(Long buildingId) {
    this.buildingId = buildingId;
  }

  public String getUnitNumber() {
    return unitNumber;
  }

  public void setUnitNumber(String unitNumber) {
    this.unitNumber = unitNumber;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  /** True when anything was typed, so the page can say "no match" rather than "no units". */
  public boolean isFiltered() {
    return communityId != null || buildingId != null || notBlank(unitNumber) || notBlank(ownerName)
        || notBlank(phone);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
