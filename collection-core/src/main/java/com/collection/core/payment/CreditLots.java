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

  /**
   * Takes what credit paid off the lot, only if it still holds that much; otherwise writes nothing
   * and throws a {@link com.collection.core.shared.DomainException} ({@code payment.credit.changed}).
   */
  void use(long lotId, Money amount);

  /** Removes what is left of a reversed payment's lot. */
  void empty(long lotId);

  /** Which of these units hold credit. */
  Set<Long> unitsWithCredit(Collection<Long> unitIds);
}
