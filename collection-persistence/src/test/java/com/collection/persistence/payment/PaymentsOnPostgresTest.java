package com.collection.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.billing.RunBilling;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.payment.ReversePayment;
import com.collection.core.payment.ViewPayments;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@PostgresTest
class PaymentsOnPostgresTest {

  private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

  @Autowired
  ApplicationContext context;
  @Autowired
  RecordPayment recordPayment;
  @Autowired
  ReversePayment reversePayment;
  @Autowired
  ViewPayments viewPayments;
  @Autowired
  RunBilling runBilling;
  @Autowired
  Bills bills;
  @Autowired
  EffectLedger ledger;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aPaymentPaysTheOldestBillsFirstAndGetsTheNextReceiptNumber() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    long unit = estate.flat();
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-02", null);

    Payment first = recordPayment.record(desk.cash(unit, "300.00", JUNE_1));
    Payment second = recordPayment.record(desk.cash(unit, "10.00", JUNE_1));

    List<Bill> unitBills = liveBills(unit);
    assertThat(unitBills.get(0).paid()).isEqualTo(Money.of("247.80"));
    assertThat(unitBills.get(1).paid()).isEqualTo(Money.of("62.20"));
    assertThat(first.receiptNumber()).isEqualTo(estate.code() + "-2026-000001");
    assertThat(second.receiptNumber()).isEqualTo(estate.code() + "-2026-000002");
    assertThat(ledger.asOf(estate.firstBuildingId(), 2026, JUNE_1).collected()).isEqualTo(Money.of("310.00"));
    assertThat(ledger.asOf(estate.firstBuildingId(), 2026, JUNE_1.minusDays(1)).collected())
        .as("a payment counts from its received date").isEqualTo(Money.ZERO);
    var receipt = viewPayments.receipt(first.id(), desk.viewer());
    assertThat(receipt.amountInWords()).isEqualTo("叁佰元整");
    assertThat(receipt.lines()).hasSize(2);
  }

  @Test
  void tickedBillsArePaidFirst() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    long unit = estate.flat();
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-02", null);
    long february = liveBills(unit).get(1).id();
    recordPayment.record(desk.with(unit, "247.80", JUNE_1, PaymentMethod.CASH, null, List.of(february)));
    assertThat(liveBills(unit).get(0).paid()).isEqualTo(Money.ZERO);
    assertThat(liveBills(unit).get(1).paid()).isEqualTo(Money.of("247.80"));
  }

  @Test
  void anOverpaymentBecomesCreditThatPaysTheNextBillRun() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    long unit = estate.flat();
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    Payment payment = recordPayment.record(desk.cash(unit, "300.00", JUNE_1));
    assertThat(viewPayments.unitMoney(unit, desk.viewer()).credit()).isEqualTo(Money.of("52.20"));

    runBilling.run(estate.communityId(), estate.itemIds(), "2026-02", null);

    Bill february = liveBills(unit).get(1);
    assertThat(february.paid()).isEqualTo(Money.of("52.20"));
    assertThat(viewPayments.unitMoney(unit, desk.viewer()).credit()).isEqualTo(Money.ZERO);
    assertThat(viewPayments.unitMoney(unit, desk.viewer()).outstanding()).isEqualTo(Money.of("195.60"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allocation WHERE payment_id = ? AND from_credit", Long.class,
        payment.id())).isEqualTo(1);
  }

  @Test
  void reversingAPaymentRemovesItsAllocationsIncludingCreditUsedLaterAndOtherCreditPaysTheReopenedBills() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    long unit = estate.flat();
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    Payment first = recordPayment.record(desk.cash(unit, "300.00", JUNE_1));       // Jan + 52.20 credit
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-02", null);      // credit pays 52.20 of Feb
    Payment second = recordPayment.record(desk.cash(unit, "400.00", JUNE_1));      // rest of Feb + 204.40 credit

    Payment reversed = reversePayment.reverse(first.id(), "收款金额录入错误", desk.collector.id());

    assertThat(reversed.reversed()).isTrue();
    // the second payment's credit (204.40) now pays January (247.80) as far as it goes
    List<Bill> unitBills = liveBills(unit);
    assertThat(unitBills.get(0).paid()).isEqualTo(Money.of("204.40"));
    assertThat(unitBills.get(1).paid()).isEqualTo(Money.of("195.60"));
    var money = viewPayments.unitMoney(unit, desk.viewer());
    assertThat(money.credit()).isEqualTo(Money.ZERO);
    assertThat(money.outstanding()).isEqualTo(Money.of("95.60"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allocation WHERE payment_id = ? AND reversed_on IS NULL",
        Long.class, first.id())).isZero();
    assertThat(jdbc.queryForObject("SELECT remaining FROM credit_lot WHERE payment_id = ?", BigDecimal.class,
        first.id())).isEqualByComparingTo("0");
    assertThatThrownBy(() -> reversePayment.reverse(first.id(), "again", desk.collector.id()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("payment.reverse.already"));
    assertThat(second.reversed()).isFalse();
  }

  @Test
  void arrearsCountOnlyBillsPastTheirDueDate() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    long unit = estate.flat();
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-05", null);   // due 2026-05-15
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-07", null);   // due 2026-07-15, after "today"
    var money = viewPayments.unitMoney(unit, desk.viewer());
    assertThat(money.outstanding()).isEqualTo(Money.of("495.60"));
    assertThat(money.overdue()).isEqualTo(Money.of("247.80"));
  }

  @Test
  void theSameFormSubmittedTwiceRecordsOnePayment() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    long unit = estate.flat();
    RecordPaymentCommand command = desk.cash(unit, "50.00", JUNE_1);
    Payment once = recordPayment.record(command);
    Payment twice = recordPayment.record(command);
    assertThat(twice.id()).isEqualTo(once.id());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE unit_id = ?", Long.class, unit)).isEqualTo(1);
  }

  @Test
  void badPaymentsAreRefusedAndChangeNothing() {
    var estate = BillingFixtures.create(context);
    var desk = new PaymentFixture(context);
    long unit = estate.flat();
    recordPayment.record(desk.with(unit, "10.00", JUNE_1, PaymentMethod.WECHAT_PAY, "WX-1", List.of()));
    assertRule(() -> recordPayment.record(desk.cash(unit, "0", JUNE_1)), "payment.amount.positive");
    assertRule(() -> recordPayment.record(desk.cash(unit, "-5", JUNE_1)), "payment.amount.positive");
    assertRule(() -> recordPayment.record(desk.cash(unit, "1.234", JUNE_1)), "payment.amount.decimals");
    assertRule(() -> recordPayment.record(desk.cash(unit, "10000000.01", JUNE_1)), "payment.amount.tooLarge");
    assertRule(() -> recordPayment.record(desk.cash(unit, "1.00", LocalDate.of(2026, 6, 16))), "payment.receivedOn.future");
    assertRule(() -> recordPayment.record(desk.with(unit, "1.00", JUNE_1, PaymentMethod.BANK_TRANSFER, null, List.of())),
        "payment.reference.required");
    assertRule(() -> recordPayment.record(desk.with(unit, "1.00", JUNE_1, PaymentMethod.WECHAT_PAY, "WX-1", List.of())),
        "payment.reference.duplicate");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE unit_id = ?", Long.class, unit)).isEqualTo(1);
  }

  private List<Bill> liveBills(long unit) {
    return bills.ofUnit(unit).stream().filter(Bill::isLive)
        .filter(b -> b.feeItemId() != 0).sorted(Comparator.comparing(Bill::dueDate)).toList();
  }

  private static void assertRule(Runnable action, String code) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }
}
