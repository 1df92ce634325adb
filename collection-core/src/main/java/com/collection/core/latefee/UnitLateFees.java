package com.collection.core.latefee;

import com.collection.core.shared.Money;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A unit's late fees as of a day: one line per live bill with something accrued or posted, and
 * {@code total}, the sum of the per-bill accrued figures not yet posted (each rounded on its own,
 * "Ledger rules"). Posted late fees are bills and count in what the unit owes, not in the total.
 */
public record UnitLateFees(List<BillLateFee> bills, Money total) {

  public static final UnitLateFees NONE = new UnitLateFees(List.of(), Money.ZERO);

  public UnitLateFees {
    bills = List.copyOf(bills);
  }

  /** The lines by bill id (a template looks a bill's line up with {@code byBill[b.id()]}). */
  public Map<Long, BillLateFee> byBill() {
    return bills.stream().collect(Collectors.toMap(BillLateFee::billId, Function.identity()));
  }

  /** The late-fee bills posted and not voided, summed. */
  public Money postedTotal() {
    return bills.stream().filter(b -> b.posted() && !b.postedVoided()).map(BillLateFee::postedAmount)
        .reduce(Money.ZERO, Money::plus);
  }

  public boolean isEmpty() {
    return bills.isEmpty();
  }
}
