package com.collection.core.billing;

import java.util.List;

/** Port: a community's units as bill runs read them, a batch at a time in id order. */
public interface BillingUnits {

  List<BillableUnit> ofCommunity(long communityId, long afterUnitId, int limit);

  long countOfCommunity(long communityId);

  BillableUnit byId(long unitId);
}
