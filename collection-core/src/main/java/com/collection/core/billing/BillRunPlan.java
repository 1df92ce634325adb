package com.collection.core.billing;

import java.util.List;

/** A checked request for a bill run: the community's fee-year start, the items and the period. */
public record BillRunPlan(long communityId, int feeYearStartMonth, List<FeeItem> items, BillingPeriod period) {

  public List<Long> itemIds() {
    return items.stream().map(FeeItem::id).toList();
  }
}
