package com.collection.core.demo;

/**
 * How big a demo company to generate: the default is a believable two-community estate of about
 * 2,000 units; benchmarks ask for up to a million units in 10,000 buildings. Each community has its
 * residential buildings, a shopping street of 20 shops and a car park of
 * {@code parkingSpacesPerCommunity} spaces.
 */
public record DemoCompanySize(int communities, int residentialBuildingsPerCommunity, int floors,
    int unitsPerFloor, int parkingSpacesPerCommunity) {

  /** Shops on each community's shopping street. */
  public static final int SHOPS_PER_COMMUNITY = 20;

  /** 2 communities, 24 buildings (22 residential, a shopping street, a car park), ~2,000 units. */
  public static final DemoCompanySize DEFAULT = new DemoCompanySize(2, 11, 20, 4);

  public DemoCompanySize {
    if (communities < 1 || residentialBuildingsPerCommunity < 1 || floors < 1 || unitsPerFloor < 1
        || parkingSpacesPerCommunity < 1 || parkingSpacesPerCommunity > 999) {
      throw new IllegalArgumentException("every part of a demo company's size is at least 1"
          + " (and a car park has at most 999 spaces)");
    }
  }

  /** With the usual car park of 100 spaces. */
  public DemoCompanySize(int communities, int residentialBuildingsPerCommunity, int floors, int unitsPerFloor) {
    this(communities, residentialBuildingsPerCommunity, floors, unitsPerFloor, 100);
  }

  /**
   * {@code units} units (exactly, for multiples of 10,000 from 100,000 up) in {@code units / 100}
   * buildings: communities of 500 buildings (498 residential buildings of 25 floors × 4 flats, a
   * shopping street and a car park that takes up the rest).
   */
  public static DemoCompanySize ofUnits(int units) {
    int buildings = Math.max(4, units / 100);
    int communities = Math.max(2, buildings / 500);
    int residential = Math.max(1, buildings / communities - 2);
    int floors = 25;
    int perFloor = 4;
    int perCommunity = units / communities;
    int parking = perCommunity - residential * floors * perFloor - SHOPS_PER_COMMUNITY;
    return new DemoCompanySize(communities, residential, floors, perFloor, Math.max(100, Math.min(999, parking)));
  }

  /** The units this size makes. */
  public long units() {
    return (long) communities * ((long) residentialBuildingsPerCommunity * floors * unitsPerFloor
        + SHOPS_PER_COMMUNITY + parkingSpacesPerCommunity);
  }
}
