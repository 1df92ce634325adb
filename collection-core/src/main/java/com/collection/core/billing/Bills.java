package com.collection.core.billing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: bills. The schema's unique key (unit, fee item, period, revision) makes each bill once. */
public interface Bills {

  /**
   * Writes the drafts that the unique key lets in (others already exist, for example written at
   * the same moment by another run) and returns the bills this call wrote. {@code runId} is null
   * for a reissued bill.
   */
  List<Bill> insertNew(List<BillDraft> drafts, Long runId);

  /** "unitId:feeItemId" for the units that already have a bill (any revision) of the period. */
  Set<String> billedKeys(Collection<Long> unitIds, Collection<Long> feeItemIds, BillingPeriod period);

  Optional<Bill> byId(long id);

  /**
   * Writes a void ({@link Bill#voidBecause}) only if the bill is still issued with no money history
   * (nothing paid or adjusted, no allocation or decided adjustment ever); throws a
   * {@link com.collection.core.shared.DomainException} ({@code bill.void.changed}) otherwise.
   */
  Bill markVoided(Bill voided);

  List<Bill> ofUnit(long unitId);

  /** Whether anything was ever allocated to the bill or an adjustment of it approved (even if undone since). */
  boolean hasMoneyHistory(long billId);

  int highestRevision(long unitId, long feeItemId, BillingPeriod period);
}
