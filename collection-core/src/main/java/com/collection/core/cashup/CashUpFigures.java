package com.collection.core.cashup;

import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one person's day, all computed from its entries: per method the payments and
 * reversals, the totals (the methods' net figures add up to the day's net total), the cash that
 * should be in the drawer, and the receipt ranges per community.
 */
public record CashUpFigures(List<CashUpEntry> entries, List<CashUpLine> lines, Money paymentsTotal,
    Money reversalsTotal, Money expectedCash, List<ReceiptRange> receiptRanges) {

  public CashUpFigures {
    entries = List.copyOf(entries);
    lines = List.copyOf(lines);
    receiptRanges = List.copyOf(receiptRanges);
  }

  public static CashUpFigures of(List<CashUpEntry> entries) {
    List<CashUpEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(CashUpEntry::communityName).thenComparing(CashUpEntry::communityId)
        .thenComparing(CashUpEntry::sequence).thenComparing(CashUpEntry::kind));
    Map<PaymentMethod, CashUpLine> byMethod = new EnumMap<>(PaymentMethod.class);
    for (CashUpEntry e : sorted) {
      CashUpLine line = byMethod.getOrDefault(e.method(), new CashUpLine(e.method(), 0, Money.ZERO, 0, Money.ZERO));
      byMethod.put(e.method(), e.kind() == CashUpEntry.Kind.PAYMENT
          ? new CashUpLine(e.method(), line.paymentCount() + 1, line.payments().plus(e.amount()), line.reversalCount(),
              line.reversals())
          : new CashUpLine(e.method(), line.paymentCount(), line.payments(), line.reversalCount() + 1,
              line.reversals().plus(e.amount())));
    }
    List<CashUpLine> lines = List.copyOf(byMethod.values());
    Money payments = lines.stream().map(CashUpLine::payments).reduce(Money.ZERO, Money::plus);
    Money reversals = lines.stream().map(CashUpLine::reversals).reduce(Money.ZERO, Money::plus);
    Money cash = byMethod.containsKey(PaymentMethod.CASH) ? byMethod.get(PaymentMethod.CASH).net() : Money.ZERO;
    return new CashUpFigures(sorted, lines, payments, reversals, cash, ranges(sorted));
  }

  /** Payments plus reversals: what the day brought in, all methods together. */
  public Money netTotal() {
    return paymentsTotal.plus(reversalsTotal);
  }

  public List<CashUpEntry> payments() {
    return entries.stream().filter(e -> e.kind() == CashUpEntry.Kind.PAYMENT).toList();
  }

  public List<CashUpEntry> reversals() {
    return entries.stream().filter(e -> e.kind() == CashUpEntry.Kind.REVERSAL).toList();
  }

  /** Whether the other figures count the same money (the same payments and reversals, methods and amounts). */
  public boolean sameMoneyAs(CashUpFigures other) {
    return entries.stream().map(CashUpEntry::moneyKey).sorted().toList()
        .equals(other.entries.stream().map(CashUpEntry::moneyKey).sorted().toList());
  }

  private static List<ReceiptRange> ranges(List<CashUpEntry> sorted) {
    Map<Long, List<CashUpEntry>> byCommunity = new LinkedHashMap<>();
    for (CashUpEntry e : sorted) {
      if (e.kind() == CashUpEntry.Kind.PAYMENT) {
        byCommunity.computeIfAbsent(e.communityId(), id -> new ArrayList<>()).add(e);
      }
    }
    List<ReceiptRange> ranges = new ArrayList<>();
    for (List<CashUpEntry> issued : byCommunity.values()) {
      CashUpEntry first = issued.get(0);
      CashUpEntry last = issued.get(issued.size() - 1);
      long span = last.sequence() - first.sequence() + 1;
      ranges.add(new ReceiptRange(first.communityId(), first.communityName(), first.receiptNumber(),
          last.receiptNumber(), issued.size(), span - issued.size(),
          issued.stream().filter(CashUpEntry::voided).map(CashUpEntry::receiptNumber).toList()));
    }
    return ranges;
  }
}
