package com.collection.core.demo;

/**
 * How big a demo company to generate: the default is a believable two-community estate of about
 * 2,000 units; benchmarks ask for up to a million units in 10,000 buildings.
 */
public record DemoCompanySize(int communities, int residentialBuildingsPerCommunity, int floors,
    int unitsPerFloor) {

  /** 2 communities, 24 buildings (22 residential, a shopping street, a car park), ~2,000 units. */
  public static final DemoCompanySize DEFAULT = new DemoCompanySize(2, 11, 20, 4);

  public DemoCompanySize {
    if (communities < 1 || residentialBuildingsPerCommunity < 1 || floors < 1 || unitsPerFloor < 1) {
      throw new IllegalArgumentException("every part of a demo company's size is at least 1");
    }
  }

  /** About {@code units} units in about {@code units / 100} buildings (100 units per building). */
  public static DemoCompanySize ofUnits(int units) {
    int buildings = Math.max(2, units / 100);
    int communities = Math.max(2, buildings / 500);
    return new DemoCompanySize(communities, Math.max(1, buildings / communities - 2), 25, 4);
  }
}
