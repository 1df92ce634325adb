package com.collection.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BoardPeriodTest {

  @Test
  void parsesIsoWeeksAndMonths() {
    BoardPeriod week = BoardPeriod.parse("2026-W49");
    assertThat(week.kind()).isEqualTo(PeriodKind.WEEK);
    assertThat(week.start()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(week.end()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(week.key()).isEqualTo("2026-W49");
    BoardPeriod month = BoardPeriod.parse("2026-02");
    assertThat(month.start()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(month.end()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(month.key()).isEqualTo("2026-02");
  }

  @Test
  void weekOneMayStartInDecemberAndWeek53ExistsOnlyInLongYears() {
    BoardPeriod first = BoardPeriod.parse("2026-W01");
    assertThat(first.start()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(first.end()).isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(BoardPeriod.parse("2026-W53").end()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(BoardPeriod.containing(PeriodKind.WEEK, LocalDate.of(2027, 1, 1)).key()).isEqualTo("2026-W53");
    assertThatThrownBy(() -> BoardPeriod.parse("2025-W53")).isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code()).isEqualTo("rates.period.week");
  }

  @Test
  void refusesWeeksAndMonthsThatDoNotExistAndOtherShapes() {
    for (String bad : new String[] {"2026-W60", "2026-W00"}) {
      assertThatThrownBy(() -> BoardPeriod.parse(bad)).extracting(e -> ((DomainException) e).code())
          .isEqualTo("rates.period.week");
    }
    for (String bad : new String[] {"2026-13", "2026-00"}) {
      assertThatThrownBy(() -> BoardPeriod.parse(bad)).extracting(e -> ((DomainException) e).code())
          .isEqualTo("rates.period.month");
    }
    for (String bad : new String[] {"", "2026", "2026-1", "2026-W4", "２０２６-12", "2026-12-01", "0001-01", "x"}) {
      assertThatThrownBy(() -> BoardPeriod.parse(bad)).as(bad).isInstanceOf(DomainException.class)
          .extracting(e -> ((DomainException) e).field()).isEqualTo("period");
    }
  }

  @Test
  void previousAndNextAndTheLastDayWhileItRuns() {
    BoardPeriod week = BoardPeriod.parse("2026-W01");
    assertThat(week.previous().key()).isEqualTo("2025-W52");
    assertThat(week.next().key()).isEqualTo("2026-W02");
    assertThat(BoardPeriod.parse("2026-01").previous().key()).isEqualTo("2025-12");
    assertThat(week.lastDay(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(week.lastDay(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 1, 4));
  }
}
