package com.collection.core.latefee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: each community's late-fee policy (at most one). */
public interface LateFeePolicies {

  Optional<LateFeePolicy> byCommunity(long communityId);

  /** The policies of these communities (those that have one). */
  List<LateFeePolicy> ofCommunities(Collection<Long> communityIds);

  /** Inserts or replaces the community's policy; {@code staffId} is who saved it. */
  LateFeePolicy save(LateFeePolicy policy, Long staffId);
}
