package com.collection.core.ledger;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port: what follows the ledger without being part of it (arrears cases) hears which units' money
 * changed, once per transaction, just before it commits: after every bill, payment, reversal,
 * adjustment and void of the transaction is written, with the units' locks still held. An
 * exception rolls the whole change back. Spring injects every implementation into {@link MoneyEffects}.
 */
public interface UnitMoneyListener {

  void moneyChanged(Set<Long> unitIds, LocalDate today);
}
