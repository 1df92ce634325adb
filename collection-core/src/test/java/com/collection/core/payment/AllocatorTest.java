package com.collection.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.ledger.BillRef;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocatorTest {

  private static OpenBill bill(long id, String due, long feeItem, String outstanding) {
    return new OpenBill(new BillRef(id, 1, 1, 2026, LocalDate.parse(due), Money.of("500"), false, null), feeItem,
        Money.of(outstanding));
  }

  private final OpenBill march = bill(30, "2026-03-15", 1, "100.00");
  private final OpenBill aprilParking = bill(41, "2026-04-15", 2, "80.00");
  private final OpenBill aprilService = bill(40, "2026-04-15", 1, "100.00");
  private final OpenBill may = bill(50, "2026-05-15", 1, "100.00");

  @Test
  void paysOldestDueFirstThenFeeItemThenBillId() {
    Allocator.Plan plan = Allocator.allocate(Money.of("250.00"), List.of(may, aprilParking, aprilService, march), List.of());
    assertThat(plan.shares()).extracting(s -> s.bill().billId()).containsExactly(30L, 40L, 41L);
    assertThat(plan.shares()).extracting(Allocator.Share::amount)
        .containsExactly(Money.of("100.00"), Money.of("100.00"), Money.of("50.00"));
    assertThat(plan.credit()).isEqualTo(Money.ZERO);
  }

  @Test
  void tickedBillsComeFirst() {
    Allocator.Plan plan = Allocator.allocate(Money.of("150.00"), List.of(march, aprilService, may), List.of(50L));
    assertThat(plan.shares()).extracting(s -> s.bill().billId()).containsExactly(50L, 30L);
    assertThat(plan.shares().get(1).amount()).isEqualTo(Money.of("50.00"));
  }

  @Test
  void moneyBeyondAllOpenBillsIsCredit() {
    Allocator.Plan plan = Allocator.allocate(Money.of("400.01"), List.of(march, aprilService, may), List.of());
    assertThat(plan.allocated()).isEqualTo(Money.of("300.00"));
    assertThat(plan.credit()).isEqualTo(Money.of("100.01"));
  }

  @Test
  void aTickedBillMustBeOpen() {
    assertThatThrownBy(() -> Allocator.allocate(Money.of("1.00"), List.of(march), List.of(99L)))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("payment.ticked.notOpen"));
  }

  @Test
  void creditLotsPayOldestLotFirst() {
    CreditLot older = new CreditLot(1L, 100, 1, Money.of("120.00"), Money.of("120.00"), LocalDate.of(2026, 1, 5));
    CreditLot newer = new CreditLot(2L, 200, 1, Money.of("90.00"), Money.of("90.00"), LocalDate.of(2026, 2, 5));
    List<Allocator.CreditShare> shares = Allocator.applyCredit(List.of(older, newer), List.of(aprilService, march));
    assertThat(shares).extracting(s -> s.lot().id() + ">" + s.bill().billId() + ":" + s.amount())
        .containsExactly("1>30:100.00", "1>40:20.00", "2>40:80.00");
  }

  @Test
  void creditLeftOverStaysInItsLot() {
    CreditLot lot = new CreditLot(1L, 100, 1, Money.of("500.00"), Money.of("500.00"), LocalDate.of(2026, 1, 5));
    List<Allocator.CreditShare> shares = Allocator.applyCredit(List.of(lot), List.of(march));
    assertThat(shares).hasSize(1);
    assertThat(shares.get(0).amount()).isEqualTo(Money.of("100.00"));
  }

  @Test
  void receiptNumbersCarryCommunityYearAndSixDigits() {
    assertThat(RecordPayment.receiptNumber("YG", 2026, 123)).isEqualTo("YG-2026-000123");
  }
}
