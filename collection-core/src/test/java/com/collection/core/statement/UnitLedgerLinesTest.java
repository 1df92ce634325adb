package com.collection.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.adjustment.Adjustment;
import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.AdjustmentStatus;
import com.collection.core.billing.BillStatus;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitSummary;
import com.collection.core.estate.UnitUse;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.Money;
import com.collection.core.statement.LedgerLine.Kind;
import com.collection.core.statement.UnitHistory.AllocationRow;
import com.collection.core.statement.UnitHistory.BillRow;
import com.collection.core.statement.UnitHistory.CreditLotRow;
import com.collection.core.statement.UnitHistory.PaymentRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A flat's year, by hand: March and April bills of 280.00; a payment of 300.00 (received 03-20)
 * pays March and 20.00 of April; a payment of 500.00 (received 04-10) pays April's 260.00 and
 * leaves 240.00 credit, which pays 240.00 of May's bill on 05-01 (when May is issued); a waiver of
 * 100.00 on May's bill (approved 05-05); the 500.00 payment is reversed on 05-20, which removes its
 * allocations and credit; a voided bill changes nothing; July's bill is not yet due.
 */
class UnitLedgerLinesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  private static BillRow bill(long id, String period, String due, String paid, String adjusted, BillStatus status) {
    return new BillRow(id, "物业服务费", period, Money.of("280.00"), d(due), false, null, status,
        status == BillStatus.VOIDED ? "面积录错" : null, Money.of(paid), Money.of(adjusted));
  }

  private final UnitHistory history = new UnitHistory(
      List.of(bill(1, "2026-03", "2026-03-15", "280.00", "0", BillStatus.ISSUED),
          bill(2, "2026-04", "2026-04-15", "20.00", "0", BillStatus.ISSUED),
          bill(3, "2026-05", "2026-05-15", "0", "100.00", BillStatus.ISSUED),
          bill(4, "2026-05", "2026-05-15", "0", "0", BillStatus.VOIDED),
          bill(5, "2026-07", "2026-07-15", "0", "0", BillStatus.ISSUED)),
      List.of(new PaymentRow(10, Money.of("300.00"), PaymentMethod.CASH, d("2026-03-20"), "SG-2026-000001", null, null),
          new PaymentRow(11, Money.of("500.00"), PaymentMethod.WECHAT_PAY, d("2026-04-10"), "SG-2026-000002",
              d("2026-05-20"), "重复收款")),
      List.of(new AllocationRow(100, 10, 1, Money.of("280.00"), d("2026-03-20"), false),
          new AllocationRow(101, 10, 2, Money.of("20.00"), d("2026-03-20"), false),
          new AllocationRow(102, 11, 2, Money.of("260.00"), d("2026-04-10"), false),
          new AllocationRow(103, 11, 3, Money.of("240.00"), d("2026-05-01"), true)),
      List.of(new CreditLotRow(11, Money.of("240.00"), Money.ZERO)),
      List.of(new Adjustment(50L, 3, 9, AdjustmentKind.WAIVER, Money.of("100.00"), "漏水赔偿", AdjustmentStatus.APPROVED,
          7, Instant.parse("2026-05-01T02:00:00Z"), 8L, Instant.parse("2026-05-05T02:00:00Z"), d("2026-05-05"), null,
          null, null, null, null)));

  @Test
  void linesRunInDateOrderWithTheBalanceAfterEach() {
    List<LedgerLine> lines = UnitLedgerLines.of(history, TODAY);
    assertThat(lines).extracting(LedgerLine::kind).containsExactly(
        Kind.BILL,                                    // 03-15 March
        Kind.PAYMENT, Kind.ALLOCATION, Kind.ALLOCATION, // 03-20 300.00
        Kind.PAYMENT, Kind.ALLOCATION, Kind.CREDIT,   // 04-10 500.00
        Kind.BILL,                                    // 04-15 April
        Kind.CREDIT_USED,                             // 05-01 credit pays May
        Kind.ADJUSTMENT,                              // 05-05 waiver
        Kind.BILL, Kind.VOIDED_BILL,                  // 05-15 May, and the voided one
        Kind.REVERSAL,                                // 05-20
        Kind.BILL);                                   // 07-15 July, not yet due
    assertThat(lines).extracting(l -> l.balance().amount().toPlainString()).containsExactly(
        "280.00", "-20.00", "-20.00", "-20.00", "-520.00", "-520.00", "-520.00", "-240.00", "-240.00", "-340.00",
        "-60.00", "-60.00", "440.00", "720.00");
    assertThat(lines.get(lines.size() - 1).notYetDue()).isTrue();
    assertThat(lines.get(11).change()).isEqualTo(Money.ZERO);
  }

  @Test
  void theLastBalanceIsWhatTheUnitOwesLessItsCredit() {
    List<LedgerLine> lines = UnitLedgerLines.of(history, TODAY);
    Money outstanding = history.bills().stream().map(BillRow::outstanding).reduce(Money.ZERO, Money::plus);
    Money credit = history.creditLots().stream().map(CreditLotRow::remaining).reduce(Money.ZERO, Money::plus);
    // after the reversal: March paid, April 260.00 open, May 180.00 (280.00 less the waiver), July
    // 280.00, no credit left
    assertThat(outstanding.minus(credit)).isEqualTo(Money.of("720.00"));
    assertThat(lines.get(lines.size() - 1).balance()).isEqualTo(outstanding.minus(credit));
  }

  @Test
  void aStatementOpensWithTheBalanceBeforeItsRangeAndClosesWithTheBalanceAtItsEnd() {
    UnitSummary unit = new UnitSummary(9, 1, "阳光花园", 2, "1栋", "101", 1, new BigDecimal("100.00"),
        UnitUse.RESIDENTIAL, Occupancy.OCCUPIED, "张三", "100-0000-0001");
    List<LedgerLine> lines = UnitLedgerLines.of(history, TODAY);
    Statement.Section april = Statement.section(unit, lines, d("2026-04-01"), d("2026-04-30"));
    assertThat(april.opening()).isEqualTo(Money.of("-20.00"));
    assertThat(april.closing()).isEqualTo(Money.of("-240.00"));
    assertThat(april.charged()).isEqualTo(Money.of("280.00"));
    assertThat(april.settled()).isEqualTo(Money.of("500.00"));

    // across the waiver and the reversal: opening -240.00, -100.00 waiver, +280 May, +500 reversal
    Statement.Section may = Statement.section(unit, lines, d("2026-05-01"), d("2026-05-31"));
    assertThat(may.opening()).isEqualTo(april.closing());
    assertThat(may.lines()).extracting(LedgerLine::kind)
        .containsExactly(Kind.CREDIT_USED, Kind.ADJUSTMENT, Kind.BILL, Kind.VOIDED_BILL, Kind.REVERSAL);
    assertThat(may.closing()).isEqualTo(Money.of("440.00"));
    assertThat(may.closing()).isEqualTo(may.lines().get(may.lines().size() - 1).balance());

    Statement.Section all = Statement.section(unit, lines, d("2026-01-01"), TODAY);
    assertThat(all.opening()).isEqualTo(Money.ZERO);
    assertThat(all.closing()).isEqualTo(Money.of("440.00"));   // July's bill lies after the range
  }

  @Test
  void pendingRejectedAndCounteredAdjustmentsShowAsTheyCount() {
    Adjustment countered = new Adjustment(51L, 1, 9, AdjustmentKind.CORRECTION, Money.of("30.00"), "录入错误",
        AdjustmentStatus.COUNTERED, 7, Instant.parse("2026-03-16T02:00:00Z"), 8L, Instant.parse("2026-03-16T02:00:00Z"),
        d("2026-03-16"), null, 8L, Instant.parse("2026-03-18T02:00:00Z"), d("2026-03-18"), "依据不成立");
    Adjustment pending = new Adjustment(52L, 1, 9, AdjustmentKind.WAIVER, Money.of("30.00"), "待批", AdjustmentStatus.PENDING,
        7, Instant.parse("2026-03-16T02:00:00Z"), null, null, null, null, null, null, null, null);
    UnitHistory small = new UnitHistory(List.of(bill(1, "2026-03", "2026-03-15", "0", "0", BillStatus.ISSUED)),
        List.of(), List.of(), List.of(), List.of(countered, pending));
    List<LedgerLine> lines = UnitLedgerLines.of(small, TODAY);
    assertThat(lines).extracting(LedgerLine::kind).containsExactly(Kind.BILL, Kind.ADJUSTMENT, Kind.COUNTER_ENTRY);
    assertThat(lines).extracting(l -> l.balance().amount().toPlainString()).containsExactly("280.00", "250.00", "280.00");
  }

  @Test
  void aPostedLateFeeIsNamedAfterItsBillAndAddsToTheBalance() {
    BillRow lateFee = new BillRow(9, "滞纳金", "2026-03", Money.of("12.34"), d("2026-06-01"), true, 1L, BillStatus.ISSUED,
        null, Money.ZERO, Money.ZERO);
    UnitHistory small = new UnitHistory(List.of(bill(1, "2026-03", "2026-03-15", "0", "0", BillStatus.ISSUED), lateFee),
        List.of(), List.of(), List.of(), List.of());
    LedgerLine line = UnitLedgerLines.of(small, TODAY).get(1);
    assertThat(line.kind()).isEqualTo(Kind.LATE_FEE_BILL);
    assertThat(line.feeItemName()).isEqualTo("物业服务费");
    assertThat(line.balance()).isEqualTo(Money.of("292.34"));
  }
}
