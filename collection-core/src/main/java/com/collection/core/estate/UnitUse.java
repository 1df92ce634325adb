package com.collection.core.estate;

/** What a unit is used for; rates differ by use, and parking spaces are not households. */
public enum UnitUse {
  RESIDENTIAL, COMMERCIAL, PARKING;

  public boolean isHousehold() {
    return this != PARKING;
  }
}
