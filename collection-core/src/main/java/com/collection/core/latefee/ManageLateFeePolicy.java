package com.collection.core.latefee;

import com.collection.core.estate.Communities;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager sets a community's late-fee policy: on or off, rate per day, grace days, cap. */
@Service
public class ManageLateFeePolicy {

  private final LateFeePolicies policies;
  private final Communities communities;

  public ManageLateFeePolicy(LateFeePolicies policies, Communities communities) {
    this.policies = policies;
    this.communities = communities;
  }

  /** The community's policy, or the suggested one (off) if it has none yet. */
  @Transactional(readOnly = true)
  public LateFeePolicy of(long communityId) {
    requireCommunity(communityId);
    return policies.byCommunity(communityId).orElseGet(() -> LateFeePolicy.suggested(communityId));
  }

  @Transactional
  public LateFeePolicy save(long communityId, boolean enabled, BigDecimal dailyRatePercent, Integer graceDays,
      BigDecimal capPercent, Long staffId) {
    requireCommunity(communityId);
    if (graceDays == null) {
      throw DomainException.onField("graceDays", "validation.required");
    }
    return policies.save(new LateFeePolicy(communityId, enabled, dailyRatePercent, graceDays, capPercent), staffId);
  }

  private void requireCommunity(long communityId) {
    communities.byId(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
  }
}
