package com.collection.core.estate;

/**
 * What staff type into the unit search; every part optional. Owner name and phone match any part
 * of the current owners' names and phones.
 */
public record UnitSearch(Long communityId, Long buildingId, String unitNumber, String ownerName,
    String phone) {

  public UnitSearch {
    unitNumber = clean(unitNumber);
    ownerName = clean(ownerName);
    phone = clean(phone);
  }

  private static String clean(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.length() > 50 ? trimmed.substring(0, 50) : trimmed;
  }
}
