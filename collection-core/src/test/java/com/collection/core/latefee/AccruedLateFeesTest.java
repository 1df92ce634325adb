package com.collection.core.latefee;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.billing.BillDraft;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A unit's late fees: one rounded figure per bill, the unit's total the sum of those; posted bills
 * show their late-fee bill and accrue nothing more; a policy that is off accrues nothing. With
 * in-memory ports and fixed dates (no clock).
 */
class AccruedLateFeesTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 15);
  private static final long COMMUNITY = 9;

  private final List<LateFeeBills.AccruingBill> bills = new ArrayList<>();
  private final List<PrincipalChange> changes = new ArrayList<>();
  private final List<LateFeePolicy> policies = new ArrayList<>();

  private final AccruedLateFees accrued = new AccruedLateFees(new LateFeeBills() {
    @Override
    public List<AccruingBill> accruingBillsOfUnits(Collection<Long> unitIds) {
      return bills.stream().filter(b -> unitIds.contains(b.unitId())).toList();
    }

    @Override
    public List<PrincipalChange> principalChangesOfUnits(Collection<Long> unitIds) {
      return changes;
    }

    @Override
    public long insertLateFeeBill(BillDraft draft, long lateFeeOf, Long postedBy) {
      throw new UnsupportedOperationException();
    }
  }, new LateFeePolicies() {
    @Override
    public Optional<LateFeePolicy> byCommunity(long communityId) {
      return policies.stream().filter(p -> p.communityId() == communityId).findFirst();
    }

    @Override
    public List<LateFeePolicy> ofCommunities(Collection<Long> communityIds) {
      return policies.stream().filter(p -> communityIds.contains(p.communityId())).toList();
    }

    @Override
    public LateFeePolicy save(LateFeePolicy policy, Long staffId) {
      throw new UnsupportedOperationException();
    }
  }, null, null);

  private void policy(boolean on, String rate) {
    policies.clear();
    policies.add(new LateFeePolicy(COMMUNITY, on, new BigDecimal(rate), 0, new BigDecimal("100")));
  }

  private void bill(long id, long unitId, String amount) {
    bills.add(new LateFeeBills.AccruingBill(id, unitId, COMMUNITY, Money.of(amount), DUE, null, null, false));
  }

  @Test
  void eachBillIsRoundedOnItsOwnAndTheUnitTotalIsTheSumOfTheRoundedFigures() {
    // two ¥10.00 bills at 0.05 % for one day: 0.005 each, 0.01 each when rounded, so 0.02 in
    // total (rounding the exact sum 0.010 would give 0.01)
    policy(true, "0.05");
    bill(1, 100, "10.00");
    bill(2, 100, "10.00");
    UnitLateFees fees = accrued.forUnit(100, DUE.plusDays(1));
    assertThat(fees.bills()).extracting(BillLateFee::accrued).containsExactly(Money.of("0.01"), Money.of("0.01"));
    assertThat(fees.total()).isEqualTo(Money.of("0.02"));
    assertThat(fees.bills()).allMatch(BillLateFee::postable);
    assertThat(fees.bills().get(0).accruesFrom()).isEqualTo(DUE.plusDays(1));
  }

  @Test
  void aBillsPrincipalChangesCountOnlyForThatBill() {
    policy(true, "0.05");
    bill(1, 100, "1000.00");
    bill(2, 100, "1000.00");
    changes.add(new PrincipalChange(1, Money.of("1000.00"), DUE, null));
    UnitLateFees fees = accrued.forUnit(100, DUE.plusDays(10));
    assertThat(fees.bills()).extracting(BillLateFee::billId).containsExactly(2L);
    assertThat(fees.total()).isEqualTo(Money.of("5.00"));
  }

  @Test
  void aPostedBillShowsItsLateFeeBillAndAccruesNothingMore() {
    policy(true, "0.05");
    bill(1, 100, "1000.00");
    bills.add(new LateFeeBills.AccruingBill(2, 100, COMMUNITY, Money.of("1000.00"), DUE, 55L, Money.of("3.50"), false));
    UnitLateFees fees = accrued.forUnit(100, DUE.plusDays(10));
    BillLateFee posted = fees.byBill().get(2L);
    assertThat(posted.posted()).isTrue();
    assertThat(posted.postable()).isFalse();
    assertThat(posted.accrued()).isEqualTo(Money.ZERO);
    assertThat(posted.postedBillId()).isEqualTo(55L);
    assertThat(fees.total()).as("only the unposted bill").isEqualTo(Money.of("5.00"));
    assertThat(fees.postedTotal()).isEqualTo(Money.of("3.50"));
  }

  @Test
  void aPolicySwitchedOffAccruesNothingButPostedLateFeesStillShow() {
    policy(false, "0.05");
    bill(1, 100, "1000.00");
    bills.add(new LateFeeBills.AccruingBill(2, 100, COMMUNITY, Money.of("1000.00"), DUE, 55L, Money.of("3.50"), false));
    UnitLateFees fees = accrued.forUnit(100, DUE.plusDays(10));
    assertThat(fees.bills()).extracting(BillLateFee::billId).containsExactly(2L);
    assertThat(fees.total()).isEqualTo(Money.ZERO);
    policies.clear();
    assertThat(accrued.forUnit(100, DUE.plusDays(10)).bills()).extracting(BillLateFee::billId).containsExactly(2L);
  }

  @Test
  void severalUnitsAtOnceEachGetTheirOwnLines() {
    policy(true, "0.05");
    bill(1, 100, "1000.00");
    bill(2, 200, "2000.00");
    Map<Long, UnitLateFees> fees = accrued.forUnits(List.of(100L, 200L, 300L), DUE.plusDays(10));
    assertThat(fees.get(100L).total()).isEqualTo(Money.of("5.00"));
    assertThat(fees.get(200L).total()).isEqualTo(Money.of("10.00"));
    assertThat(fees.get(300L)).isEqualTo(UnitLateFees.NONE);
  }
}
