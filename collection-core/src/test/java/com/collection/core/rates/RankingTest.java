package com.collection.core.rates;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static BoardRow row(long id, String name, String collected, String receivable) {
    Figures f = new Figures(Money.of(receivable), Money.of(collected), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
        0, 0, 0, true);
    return new BoardRow(id, name, 1L, null, f, null);
  }

  @Test
  void exactTiesShareARankThenSmallerOutstandingThenNaturalNameAndDashesLast() {
    List<BoardRow> ranked = Ranking.rank(List.of(
        row(1, "10栋", "50.00", "100.00"),          // 1/2, outstanding 50
        row(2, "2栋", "100.00", "200.00"),          // 1/2, outstanding 100
        row(3, "3栋", "1.00", "2.00"),              // 1/2, outstanding 1
        row(4, "空楼", "0.00", "0.00"),              // —
        row(5, "1栋", "90.00", "100.00"),           // 0.9
        row(6, "20栋", "0.00", "0.00"),             // —
        row(7, "4栋", "333.00", "1000.00"),         // 0.333: shows 33.3% like 1/3
        row(8, "5栋", "1.00", "3.00")));            // 1/3, above 0.333 although shown the same
    assertThat(ranked).extracting(BoardRow::name)
        .containsExactly("1栋", "3栋", "10栋", "2栋", "5栋", "4栋", "20栋", "空楼");
    assertThat(ranked).extracting(BoardRow::rank).containsExactly(1, 2, 2, 2, 5, 6, null, null);
  }

  @Test
  void naturalOrderComparesNumbersInNames() {
    assertThat(List.of("10栋", "2栋", "1栋", "商业街", "2A栋", "2栋B").stream().sorted(com.collection.core.shared.NaturalOrder.NAMES).toList())
        .containsExactly("1栋", "2A栋", "2栋", "2栋B", "10栋", "商业街");
  }
}
