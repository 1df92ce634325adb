package com.collection.core.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders and ranks rows: by current-year rate, highest first, compared as exact fractions; rows
 * with exactly equal rates share a rank (1, 2, 2, 4) and are listed smaller amount outstanding
 * first, then by name in natural order. Rows with "—" come last, by name, without a rank.
 */
public final class Ranking {

  private static final Comparator<BoardRow> BY_NAME = Comparator.comparing(BoardRow::name, com.collection.core.shared.NaturalOrder.NAMES)
      .thenComparingLong(BoardRow::id);

  private Ranking() {
  }

  public static List<BoardRow> rank(List<BoardRow> rows) {
    List<BoardRow> ranked = new ArrayList<>(rows.stream().filter(r -> !r.figures().rate().isNone()).toList());
    List<BoardRow> none = new ArrayList<>(rows.stream().filter(r -> r.figures().rate().isNone()).toList());
    ranked.sort(Comparator.<BoardRow, Rate>comparing(r -> r.figures().rate()).reversed()
        .thenComparing(r -> r.figures().outstanding()).thenComparing(BY_NAME));
    none.sort(BY_NAME);
    List<BoardRow> result = new ArrayList<>(rows.size());
    for (int i = 0; i < ranked.size(); i++) {
      BoardRow row = ranked.get(i);
      boolean tied = i > 0 && row.figures().rate().compareTo(ranked.get(i - 1).figures().rate()) == 0;
      result.add(row.withRank(tied ? result.get(i - 1).rank() : i + 1));
    }
    none.forEach(r -> result.add(r.withRank(null)));
    return result;
  }
}
