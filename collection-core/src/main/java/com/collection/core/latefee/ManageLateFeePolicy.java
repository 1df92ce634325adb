package com.collection.core.latefee;

import com.collection.core.estate.Communities;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager sets a community's late-fee policy: on or off, rate per day, grace days, cap. */
@Service
public class ManageLateFeePolicy {

  private final LateFeePolicies policies;
  private final Communities communities;
  private final Audit audit;

  public ManageLateFeePolicy(LateFeePolicies policies, Communities communities, Audit audit) {
    this.policies = policies;
    this.communities = communities;
    this.audit = audit;
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
    LateFeePolicy before = policies.byCommunity(communityId).orElse(null);
    LateFeePolicy saved = policies.save(new LateFeePolicy(communityId, enabled, dailyRatePercent, graceDays,
        capPercent), staffId);
    audit.of(AuditAction.LATE_FEE_POLICY_CHANGED, communityId).by(staffId).in(AuditScope.community(communityId))
        .write(Changes.none()
            .compare(before == null, "enabled", before == null ? null : before.enabled(), saved.enabled())
            .compare(before == null, "dailyRatePercent", before == null ? null : before.dailyRatePercent(), saved.dailyRatePercent())
            .compare(before == null, "graceDays", before == null ? null : before.graceDays(), saved.graceDays())
            .compare(before == null, "capPercent", before == null ? null : before.capPercent(), saved.capPercent()));
    return saved;
  }

  private void requireCommunity(long communityId) {
    communities.byId(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
  }
}
