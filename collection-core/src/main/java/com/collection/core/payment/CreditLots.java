package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: credit lots, one per payment that brought more than the open bills. */
public interface CreditLots {

  CreditLot insert(CreditLot lot);

  /** A unit's lots with money left, oldest first. */
  List<CreditLot> openOfUnit(long unitId);

  Optional<CreditLot> ofPayment(long paymentId);

  void setRemaining(long lotId, Money remaining);

  /** Which of these units hold credit. */
  Set<Long> unitsWithCredit(Collection<Long> unitIds);
}
