package com.collection.persistence.billing;

import java.util.List;
import org.springframework.context.ApplicationContext;

/** The billing fixture for tests in other packages. */
public final class BillingFixtures {

  private BillingFixtures() {
  }

  /** Ids of a fresh {@link BillingFixture}. */
  public record Estate(long communityId, String code, List<Long> itemIds, long firstBuildingId,
      long secondBuildingId, List<Long> unitIds) {

    /** The occupied flat 101 (88.50 m², 247.80 a month). */
    public long flat() {
      return unitIds.get(0);
    }
  }

  public static Estate create(ApplicationContext context) {
    BillingFixture fixture = new BillingFixture(context);
    return new Estate(fixture.community.id(), fixture.community.code(), fixture.itemIds(), fixture.first.id(),
        fixture.second.id(), fixture.units.stream().map(u -> u.id()).toList());
  }
}
