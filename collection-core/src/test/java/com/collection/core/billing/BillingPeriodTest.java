package com.collection.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BillingPeriodTest {

  @Test
  void parsesMonthsQuartersAndYears() {
    assertThat(BillingPeriod.parse("2026-05").lastDay()).isEqualTo(LocalDate.of(2026, 5, 31));
    BillingPeriod q2 = BillingPeriod.parse(" 2026-q2 ");
    assertThat(q2.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(q2.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(q2.key()).isEqualTo("2026-Q2");
    assertThat(BillingPeriod.parse("2026").months()).isEqualTo(12);
    assertThat(BillingPeriod.parse("2026-12").next().key()).isEqualTo("2027-01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026-13", "2026-5", "26-05", "2026-Q5", "2026/05", "May 2026", "1999-01"})
  void refusesWhatIsNotAPeriod(String text) {
    assertThatThrownBy(() -> BillingPeriod.parse(text)).isInstanceOfSatisfying(DomainException.class, e -> {
      assertThat(e.code()).isEqualTo("billing.period.format");
      assertThat(e.field()).isEqualTo("period");
    });
  }

  @Test
  void theDueDateIsTheDueDayOfTheFirstMonth() {
    assertThat(BillingPeriod.parse("2026-02").dueDate(28)).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "2027-01-01, 2027-01, 2027-Q1, 2027", "2026-12-31, 2026-12, 2026-Q4, 2026",
      "2028-02-29, 2028-02, 2028-Q1, 2028", "2027-03-31, 2027-03, 2027-Q1, 2027",
      "2027-04-01, 2027-04, 2027-Q2, 2027", "2027-06-30, 2027-06, 2027-Q2, 2027"})
  void thePeriodContainingADay(LocalDate day, String month, String quarter, String year) {
    assertThat(BillingPeriod.containing(day, BillingCycle.MONTHLY).key()).isEqualTo(month);
    assertThat(BillingPeriod.containing(day, BillingCycle.QUARTERLY).key()).isEqualTo(quarter);
    assertThat(BillingPeriod.containing(day, BillingCycle.YEARLY).key()).isEqualTo(year);
    assertThat(BillingPeriod.containing(day, BillingCycle.QUARTERLY).lastDay()).isAfterOrEqualTo(day);
  }

  @Test
  void feeYearsStartInTheCommunitysMonth() {
    assertThat(FeeYears.containing(LocalDate.of(2026, 1, 1), 1)).isEqualTo(2026);
    assertThat(FeeYears.containing(LocalDate.of(2026, 6, 30), 7)).isEqualTo(2025);
    assertThat(FeeYears.firstDay(2025, 7)).isEqualTo(LocalDate.of(2025, 7, 1));
  }
}
