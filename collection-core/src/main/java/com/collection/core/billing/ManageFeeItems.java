package com.collection.core.billing;

import com.collection.core.estate.Communities;
import com.collection.core.estate.UnitUse;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager sets up a community's fee items and their rates (a rate change is a new rate from a date). */
@Service
public class ManageFeeItems {

  private final FeeItems feeItems;
  private final Communities communities;
  private final Audit audit;

  public ManageFeeItems(FeeItems feeItems, Communities communities, Audit audit) {
    this.feeItems = feeItems;
    this.communities = communities;
    this.audit = audit;
  }

  @Transactional
  public FeeItem create(long communityId, String name, FeeKind kind, BillingCycle cycle, int dueDay,
      boolean billsVacant, boolean billsUnsold) {
    communities.byId(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
    FeeItem item = FeeItem.create(communityId, name, kind, cycle, dueDay, billsVacant, billsUnsold);
    if (feeItems.nameTaken(communityId, item.name())) {
      throw DomainException.onField("name", "feeItem.name.taken", item.name());
    }
    if (kind == FeeKind.LATE_FEE && feeItems.ofCommunity(communityId).stream()
        .anyMatch(i -> i.kind() == FeeKind.LATE_FEE)) {
      throw DomainException.onField("kind", "feeItem.lateFee.single");
    }
    FeeItem saved = feeItems.save(item);
    audit.of(AuditAction.FEE_ITEM_CREATED, saved.id()).in(AuditScope.community(communityId)).write(Changes.none()
        .set("name", saved.name()).set("kind", saved.kind()).set("cycle", saved.cycle()).set("dueDay", saved.dueDay())
        .set("billsVacant", saved.billsVacant()).set("billsUnsold", saved.billsUnsold()));
    return saved;
  }

  @Transactional
  public FeeRate addRate(long feeItemId, UnitUse use, LocalDate effectiveFrom, BigDecimal rate) {
    FeeItem item = byId(feeItemId);
    if (!item.kind().runnable()) {
      throw DomainException.onField("rate", "feeRate.lateFee");
    }
    if (effectiveFrom == null) {
      throw DomainException.onField("effectiveFrom", "validation.required");
    }
    if (rate == null) {
      throw DomainException.onField("rate", "validation.required");
    }
    if (item.rates().stream().anyMatch(r -> r.use() == use && r.effectiveFrom().equals(effectiveFrom))) {
      throw DomainException.onField("effectiveFrom", "feeRate.duplicate");
    }
    FeeRate added = feeItems.addRate(new FeeRate(null, feeItemId, use, effectiveFrom, rate));
    audit.of(AuditAction.FEE_RATE_ADDED, feeItemId).in(AuditScope.community(item.communityId())).write(Changes.none()
        .set("use", use).set("effectiveFrom", effectiveFrom).set("rate", added.rate()));
    return added;
  }

  @Transactional(readOnly = true)
  public FeeItem byId(long feeItemId) {
    return feeItems.byId(feeItemId).orElseThrow(() -> new NotFoundException("feeItem", feeItemId));
  }

  @Transactional(readOnly = true)
  public List<FeeItem> ofCommunity(long communityId) {
    return feeItems.ofCommunity(communityId);
  }
}
