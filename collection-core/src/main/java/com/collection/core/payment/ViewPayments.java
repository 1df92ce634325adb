package com.collection.core.payment;

import com.collection.core.estate.Communities;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.estate.UnitSummary;
import com.collection.core.shared.Money;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receipts, the payment search, and a unit's balance, for those who may see the unit. */
@Service
@Transactional(readOnly = true)
public class ViewPayments {

  private final Payments payments;
  private final PaymentQueries queries;
  private final PayableBills bills;
  private final CreditLots lots;
  private final EstateDirectory directory;
  private final Communities communities;
  private final java.time.Clock clock;

  public ViewPayments(Payments payments, PaymentQueries queries, PayableBills bills, CreditLots lots,
      EstateDirectory directory, Communities communities, java.time.Clock clock) {
    this.clock = clock;
    this.payments = payments;
    this.queries = queries;
    this.bills = bills;
    this.lots = lots;
    this.directory = directory;
    this.communities = communities;
  }

  public ReceiptView receipt(long paymentId, Viewer viewer) {
    Payment payment = payments.byId(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
    UnitSummary unit = visibleUnit(payment.unitId(), viewer);
    Money credit = lots.ofPayment(paymentId).map(CreditLot::original).orElse(Money.ZERO);
    return new ReceiptView(payment, communities.byId(payment.communityId()).orElseThrow(), unit,
        queries.linesOf(paymentId), credit, queries.staffName(payment.recordedBy()),
        ChineseAmount.of(payment.amount()));
  }

  public Page<PaymentSummary> search(String text, Viewer viewer, PageRequest page) {
    return payments.search(text == null ? "" : text.strip(), viewer, page);
  }

  public UnitMoney unitMoney(long unitId, Viewer viewer) {
    visibleUnit(unitId, viewer);
    List<OpenBill> open = bills.openOfUnit(unitId);
    Money outstanding = open.stream().map(OpenBill::outstanding).reduce(Money.ZERO, Money::plus);
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    Money overdue = open.stream().filter(b -> b.dueDate().isBefore(today))
        .map(OpenBill::outstanding).reduce(Money.ZERO, Money::plus);
    Money credit = lots.openOfUnit(unitId).stream().map(CreditLot::remaining).reduce(Money.ZERO, Money::plus);
    List<Payment> list = payments.ofUnit(unitId).stream()
        .sorted(Comparator.comparing(Payment::recordedAt).reversed()).toList();
    return new UnitMoney(outstanding, overdue, credit, list);
  }

  private UnitSummary visibleUnit(long unitId, Viewer viewer) {
    directory.requireUnitVisible(unitId, viewer);
    return directory.unitSummary(unitId).orElseThrow();
  }
}
