package com.collection.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupDeltaTest {

  private static MoneyEffect effect(long building, String day, String receivable, boolean counts) {
    LocalDate date = LocalDate.parse(day);
    return new MoneyEffect(EffectKind.BILL_ISSUED, date, date, 1, building, 2026, 1, Money.of(receivable),
        Money.ZERO, counts, null, null);
  }

  @Test
  void sumsEffectsPerBuildingYearAndDaySortedAndDropsZeroRows() {
    List<RollupDelta> daily = RollupDelta.of(List.of(
        effect(2, "2026-05-15", "100.00", true),
        effect(1, "2026-05-15", "10.00", true),
        effect(2, "2026-05-15", "0.50", true),
        effect(2, "2026-06-15", "30.00", true),
        effect(2, "2026-06-15", "-30.00", true),
        effect(1, "2026-05-15", "999.00", false)));
    assertThat(daily).extracting(RollupDelta::buildingId).containsExactly(1L, 2L);
    assertThat(daily.get(1).receivable()).isEqualTo(Money.of("100.50"));
  }

  @Test
  void monthRowsSumTheirDays() {
    List<RollupDelta> months = RollupDelta.perMonth(RollupDelta.of(List.of(
        effect(1, "2026-05-15", "10.00", true), effect(1, "2026-05-20", "5.00", true),
        effect(1, "2026-06-01", "1.00", true))));
    assertThat(months).hasSize(2);
    assertThat(months.get(0).businessDate()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(months.get(0).receivable()).isEqualTo(Money.of("15.00"));
  }
}
