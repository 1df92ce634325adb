package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromiseTest {

  /** Day 60 accepted, day 61 refused, from a year end, a leap day and a month end. */
  @ParameterizedTest(name = "on {0}: {1} accepted, {2} refused")
  @CsvSource({
      "2026-12-31, 2027-03-01, 2027-03-02",
      "2028-02-29, 2028-04-29, 2028-04-30",
      "2027-12-31, 2028-02-29, 2028-03-01",
      "2026-11-30, 2027-01-29, 2027-01-30"})
  void staffAcceptAPromiseUpToSixtyDaysAhead(LocalDate today, LocalDate day60, LocalDate day61) {
    assertThatCode(() -> Promise.checkTakenByStaff(day60, today)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Promise.checkTakenByStaff(day61, today)).isInstanceOfSatisfying(DomainException.class, e -> {
      assertThat(e.field()).isEqualTo("promisedDate");
      assertThat(e.code()).isEqualTo("arrears.promise.tooFar");
      assertThat(e.args()).containsExactly(60);
    });
  }

  @Test
  void aPromiseForTodayIsAcceptedAndOneInThePastRefused() {
    LocalDate today = LocalDate.of(2027, 1, 1);

    assertThatCode(() -> Promise.checkTakenByStaff(today, today)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Promise.checkTakenByStaff(LocalDate.of(2026, 12, 31), today))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.field()).isEqualTo("promisedDate");
          assertThat(e.code()).isEqualTo("arrears.promise.past");
        });
  }

  @Test
  void aPaySoonOutcomeNeedsAPromisedDate() {
    assertThatThrownBy(() -> Promise.checkTakenByStaff(null, LocalDate.of(2027, 1, 1)))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.field()).isEqualTo("promisedDate");
          assertThat(e.code()).isEqualTo("arrears.promise.required");
        });
  }

  @Test
  void aPromiseIsJudgedTheDayAfterThePromisedDate() {
    assertThat(promise(LocalDate.of(2028, 2, 28)).judgedOn()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(promise(LocalDate.of(2026, 12, 31)).judgedOn()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void aPromiseKeepsTheBillsItCoversAsTheyWereWhenItWasMade() {
    List<Long> bills = new ArrayList<>(List.of(11L, 12L));
    Promise promise = new Promise(LocalDate.of(2027, 1, 10), LocalDate.of(2026, 12, 31), Money.of("640.00"), bills);

    bills.add(13L);

    assertThat(promise.coveredBillIds()).containsExactly(11L, 12L);
    assertThat(promise.dueWhenMade()).isEqualTo(Money.of("640.00"));
  }

  private static Promise promise(LocalDate promised) {
    return new Promise(promised, promised.minusDays(10), Money.of("320.00"), List.of(1L));
  }
}
