package com.collection.core.payment;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How money meets a unit's open bills (Ledger rules, "Allocation"): the ticked bills first, then
 * the other open bills, each group by due date, fee item and bill id; what is left is credit.
 */
public final class Allocator {

  private Allocator() {
  }

  /** One bill's share. */
  public record Share(OpenBill bill, Money amount) {
  }

  /** The shares, in order, and the credit left over. */
  public record Plan(List<Share> shares, Money credit) {

    public Money allocated() {
      return shares.stream().map(Share::amount).reduce(Money.ZERO, Money::plus);
    }
  }

  public static Plan allocate(Money amount, Collection<OpenBill> openBills, Collection<Long> ticked) {
    Set<Long> tickedIds = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
    List<OpenBill> ordered = new ArrayList<>(openBills);
    ordered.sort(OpenBill.ORDER);
    for (Long id : tickedIds) {
      if (ordered.stream().noneMatch(b -> b.billId() == id)) {
        throw DomainException.onField("billIds", "payment.ticked.notOpen");
      }
    }
    List<OpenBill> sequence = new ArrayList<>();
    ordered.stream().filter(b -> tickedIds.contains(b.billId())).forEach(sequence::add);
    ordered.stream().filter(b -> !tickedIds.contains(b.billId())).forEach(sequence::add);
    List<Share> shares = new ArrayList<>();
    Money left = amount;
    for (OpenBill bill : sequence) {
      if (!left.isPositive()) {
        break;
      }
      Money share = left.min(bill.outstanding());
      if (share.isPositive()) {
        shares.add(new Share(bill, share));
        left = left.minus(share);
      }
    }
    return new Plan(shares, left);
  }

  /** A credit lot's share of a bill. */
  public record CreditShare(CreditLot lot, OpenBill bill, Money amount) {
  }

  /** Credit pays open bills, oldest lot first, bills in the usual order. */
  public static List<CreditShare> applyCredit(List<CreditLot> lotsOldestFirst, Collection<OpenBill> openBills) {
    List<OpenBill> ordered = new ArrayList<>(openBills);
    ordered.sort(OpenBill.ORDER);
    List<CreditShare> shares = new ArrayList<>();
    int lotIndex = 0;
    Money lotLeft = lotsOldestFirst.isEmpty() ? Money.ZERO : lotsOldestFirst.get(0).remaining();
    for (OpenBill bill : ordered) {
      Money billLeft = bill.outstanding();
      while (billLeft.isPositive() && lotIndex < lotsOldestFirst.size()) {
        if (!lotLeft.isPositive()) {
          lotIndex++;
          lotLeft = lotIndex < lotsOldestFirst.size() ? lotsOldestFirst.get(lotIndex).remaining() : Money.ZERO;
          continue;
        }
        Money share = lotLeft.min(billLeft);
        shares.add(new CreditShare(lotsOldestFirst.get(lotIndex), bill, share));
        lotLeft = lotLeft.minus(share);
        billLeft = billLeft.minus(share);
      }
    }
    return shares;
  }
}
