package com.collection.core.billing;

import java.util.List;
import java.util.Optional;

/** Port: the fee items of each community and their rates. */
public interface FeeItems {

  FeeItem save(FeeItem item);

  FeeRate addRate(FeeRate rate);

  Optional<FeeItem> byId(long id);

  /** A community's fee items, each with all its rates. */
  List<FeeItem> ofCommunity(long communityId);

  boolean nameTaken(long communityId, String name);
}
