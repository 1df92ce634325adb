package com.collection.core.payment;

import com.collection.core.ledger.Allocated;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit pays open bills whenever a unit has both (Ledger rules): when bills are issued and when a
 * reversal or a counter-entry re-opens bills. Oldest lot first; each allocation belongs to its lot's
 * payment and counts from the day it is made. Runs in the caller's transaction, which must hold the
 * units' money locks (the caller decided on their state too; {@link MoneyEffects} checks it).
 */
@Service
public class ApplyCredit {

  private final CreditLots lots;
  private final PayableBills bills;
  private final Allocations allocations;
  private final MoneyEffects moneyEffects;

  public ApplyCredit(CreditLots lots, PayableBills bills, Allocations allocations, MoneyEffects moneyEffects) {
    this.lots = lots;
    this.bills = bills;
    this.allocations = allocations;
    this.moneyEffects = moneyEffects;
  }

  /** For the units among these that hold credit (a bill run's batch, for example), all locked by the caller. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void toUnitsHoldingCredit(Collection<Long> unitIds, LocalDate today) {
    lots.unitsWithCredit(unitIds).stream().sorted().forEach(unitId -> toUnit(unitId, today));
  }

  /** The unit must already be locked by the caller. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void toUnit(long unitId, LocalDate today) {
    List<CreditLot> open = lots.openOfUnit(unitId);
    if (open.isEmpty()) {
      return;
    }
    List<Allocator.CreditShare> shares = Allocator.applyCredit(open, bills.openOfUnit(unitId));
    if (shares.isEmpty()) {
      return;
    }
    List<Allocation> made = new ArrayList<>();
    List<Allocated> effects = new ArrayList<>();
    Map<Long, Money> usedPerLot = new HashMap<>();
    for (Allocator.CreditShare share : shares) {
      Allocated allocated = new Allocated(share.bill().ref(), share.lot().paymentId(), share.amount(), today);
      made.add(new Allocation(null, share.lot().paymentId(), share.bill().billId(), unitId, share.amount(),
          allocated.countsFrom(), today, true, null));
      effects.add(allocated);
      bills.addPaid(share.bill().billId(), share.amount());
      usedPerLot.merge(share.lot().id(), share.amount(), Money::plus);
    }
    allocations.insert(made);
    for (CreditLot lot : open) {
      Money used = usedPerLot.get(lot.id());
      if (used != null) {
        lots.use(lot.id(), used);
      }
    }
    moneyEffects.allocated(effects, today);
  }
}
