package com.collection.core.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AdjustmentTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), SHANGHAI);
  private final LocalDate today = LocalDate.now(clock);
  private static final long CLERK = 7;
  private static final long MANAGER = 8;

  private Adjustment request(String amount, Money outstanding) {
    return Adjustment.request(100, 5, AdjustmentKind.WAIVER, new BigDecimal(amount), " 业主家中漏水，减免一个月 ", CLERK,
        clock.instant(), outstanding);
  }

  @Test
  void aRequestWaitsForASecondPersonAndKeepsItsReasonTrimmed() {
    Adjustment request = request("280.00", Money.of("280.00"));
    assertThat(request.status()).isEqualTo(AdjustmentStatus.PENDING);
    assertThat(request.reason()).isEqualTo("业主家中漏水，减免一个月");
    assertThat(request.amount()).isEqualTo(Money.of("280.00"));
  }

  @Test
  void theRequesterCannotApproveTheirOwnRequest() {
    Adjustment request = request("100", Money.of("280.00"));
    assertThatThrownBy(() -> request.approve(CLERK, Money.of("280.00"), clock.instant(), today))
        .isInstanceOf(DomainException.class).hasMessageContaining("adjustment.selfApproval");
  }

  @Test
  void approvalIsDatedAndCappedAtWhatTheBillOwesAtApproval() {
    Adjustment request = request("200.00", Money.of("280.00"));
    // the owner paid 100 between request and approval: 180 left, the request for 200 is now too much
    assertThatThrownBy(() -> request.approve(MANAGER, Money.of("180.00"), clock.instant(), today))
        .isInstanceOf(DomainException.class).hasMessageContaining("adjustment.amount.aboveOutstandingNow");
    Adjustment approved = request.approve(MANAGER, Money.of("200.00"), clock.instant(), today);
    assertThat(approved.status()).isEqualTo(AdjustmentStatus.APPROVED);
    assertThat(approved.decidedBy()).isEqualTo(MANAGER);
    assertThat(approved.decidedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  void aRequestAboveOutstandingZeroNegativeOrWithThreeDecimalsIsRefusedOnTheAmountField() {
    assertThatThrownBy(() -> request("280.01", Money.of("280.00")))
        .isInstanceOf(DomainException.class).hasMessageContaining("adjustment.amount.aboveOutstanding")
        .extracting(e -> ((DomainException) e).field()).isEqualTo("amount");
    assertThatThrownBy(() -> request("0", Money.of("280.00"))).hasMessageContaining("adjustment.amount.positive");
    assertThatThrownBy(() -> request("-5", Money.of("280.00"))).hasMessageContaining("adjustment.amount.positive");
    assertThatThrownBy(() -> request("1.005", Money.of("280.00"))).hasMessageContaining("adjustment.amount.decimals");
    // twenty digits are above what the bill owes, not an amount Money can't hold
    assertThatThrownBy(() -> request("99999999999999999999", Money.of("280.00")))
        .isInstanceOf(DomainException.class).hasMessageContaining("adjustment.amount.aboveOutstanding");
  }

  @Test
  void aRequestWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> Adjustment.request(100, 5, AdjustmentKind.COMPENSATION, new BigDecimal("10"), "  ", CLERK,
        clock.instant(), Money.of("280.00")))
        .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("reason");
  }

  @Test
  void onlyPendingRequestsAreDecidedAndOnlyApprovedOnesCountered() {
    Adjustment approved = request("100", Money.of("280.00")).approve(MANAGER, Money.of("280.00"), clock.instant(), today);
    assertThatThrownBy(() -> approved.approve(9, Money.of("280.00"), clock.instant(), today))
        .hasMessageContaining("adjustment.notPending");
    assertThatThrownBy(() -> approved.reject(9, null, clock.instant(), today))
        .hasMessageContaining("adjustment.notPending");
    assertThatThrownBy(() -> approved.counter(MANAGER, "", clock.instant(), today))
        .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("reason");
    LocalDate later = today.plusDays(10);
    Adjustment countered = approved.counter(MANAGER, "减免依据不成立", clock.instant(), later);
    assertThat(countered.status()).isEqualTo(AdjustmentStatus.COUNTERED);
    assertThat(countered.counteredOn()).isEqualTo(later);
    assertThat(countered.decidedOn()).isEqualTo(today);
    assertThatThrownBy(() -> countered.counter(MANAGER, "again", clock.instant(), later))
        .hasMessageContaining("adjustment.counter.already");
    Adjustment rejected = request("100", Money.of("280.00")).reject(MANAGER, "证据不足", clock.instant(), today);
    assertThatThrownBy(() -> rejected.counter(MANAGER, "why", clock.instant(), today))
        .hasMessageContaining("adjustment.counter.notApproved");
  }
}
