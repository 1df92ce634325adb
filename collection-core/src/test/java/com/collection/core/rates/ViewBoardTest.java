package com.collection.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.estate.Visibility;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The board use case with fixed clocks over an in-memory port. */
class ViewBoardTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Community calendar = Community.load(1, "阳光花园", "YG", null, 1, List.of(), List.of(), null, 15);
  private final Community july = Community.load(2, "翠湖苑", "CH", null, 7, List.of(), List.of(), null, 15);
  private final FakeBoards boards = new FakeBoards();

  private ViewBoard at(String day) {
    Clock clock = Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    return new ViewBoard(boards, new FakeCommunities(List.of(calendar, july)), clock);
  }

  private static Figures sums(String collected, String receivable, String collectedBefore,
      String receivableBefore, boolean sameYear) {
    return new Figures(Money.of(receivable), Money.of(collected), Money.of(receivableBefore),
        Money.of(collectedBefore), Money.of("100.00"), Money.of("25.00"), 4, 1, 2, sameYear);
  }

  @Test
  void anIsoWeekAcrossTheFeeYearBoundaryTakesTheNewYearAndHasNoChange() {
    Board board = at("2026-01-07").view("2026-W01", null, null, BoardView.BUILDING);
    assertThat(board.period().start()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(board.lastDay()).isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(board.current()).isFalse();
    FeeYearWindow calendarWindow = boards.windows.get(1L);
    assertThat(calendarWindow.feeYear()).isEqualTo(2026);
    assertThat(calendarWindow.feeYearStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(calendarWindow.sameFeeYearAtStart()).isFalse();
    // 翠湖苑's fee year runs July to June: the same week lies inside its fee year 2025
    FeeYearWindow julyWindow = boards.windows.get(2L);
    assertThat(julyWindow.feeYear()).isEqualTo(2025);
    assertThat(julyWindow.sameFeeYearAtStart()).isTrue();
    assertThat(board.feeYears()).extracting(Board.FeeYearLine::changeAcrossFeeYears).containsExactly(true, false);
    BoardRow first = board.rows().stream().filter(r -> r.communityId() == 1L).findFirst().orElseThrow();
    assertThat(first.figures().change()).isNull();
    // the company's own sums: one community across the boundary makes its change "—" too
    assertThat(board.total().figures().change()).isNull();
    assertThat(board.total().figures().receivable()).isEqualTo(Money.of("1400.00"));
  }

  @Test
  void theCurrentPeriodEndsTodayAndHasNoNextLink() {
    Board board = at("2026-12-02").view(null, PeriodKind.MONTH, 1L, BoardView.BUILDING);
    assertThat(board.period().key()).isEqualTo("2026-12");
    assertThat(board.lastDay()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(board.current()).isTrue();
    assertThat(board.next()).isNull();
    assertThat(board.previous().key()).isEqualTo("2026-11");
    assertThat(boards.windows.get(1L).end()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(board.rows()).extracting(BoardRow::name).containsExactly("2栋", "10栋", "空楼");
    assertThat(board.rows()).extracting(BoardRow::rank).containsExactly(1, 2, null);
    assertThat(board.total().figures().change()).isEqualByComparingTo("46.2");
  }

  @Test
  void refusesFuturePeriodsAndPeriodsBeforeTheLastThreeFeeYears() {
    ViewBoard view = at("2026-12-02");
    assertThatThrownBy(() -> view.view("2026-W50", null, 1L, BoardView.BUILDING))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("rates.period.future");
    assertThatThrownBy(() -> view.view("2027-01", null, 1L, BoardView.BUILDING))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("rates.period.future");
    // 阳光花园: fee years 2026, 2025, 2024 — from 2024-01-01
    assertThatThrownBy(() -> view.view("2023-12", null, 1L, BoardView.BUILDING))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("rates.period.tooOld");
    assertThat(view.view("2024-W01", null, 1L, BoardView.BUILDING).previous()).isNull();
    // 2023-W52 ends on 2023-12-31: refused; 翠湖苑's three fee years start on 2024-07-01
    assertThatThrownBy(() -> view.view("2023-W52", null, 1L, BoardView.BUILDING))
        .extracting(e -> ((DomainException) e).field()).isEqualTo("period");
    assertThatThrownBy(() -> view.view("2024-06", null, 2L, BoardView.BUILDING))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("rates.period.tooOld");
    assertThat(view.view("2024-07", null, 2L, BoardView.BUILDING).period().key()).isEqualTo("2024-07");
    // the company: every community's figures must be in range
    assertThatThrownBy(() -> view.view("2024-06", null, null, BoardView.BUILDING))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("rates.period.tooOld");
    assertThatThrownBy(() -> view.view("2026-12", null, 99L, BoardView.BUILDING))
        .extracting(e -> ((DomainException) e).field()).isEqualTo("community");
  }

  @Test
  void staffRowsSumTheirBuildingsAndABuildingAssignedToTwoCountsInBoth() {
    Board board = at("2026-12-02").view("2026-W48", null, 1L, BoardView.STAFF);
    assertThat(board.rows()).extracting(BoardRow::name).containsExactly("张伟", "李娜");
    BoardRow zhang = board.rows().get(0);
    // 2栋 (900/1000) + 10栋 (200/300)
    assertThat(zhang.figures().collected()).isEqualTo(Money.of("1100.00"));
    assertThat(zhang.figures().receivable()).isEqualTo(Money.of("1300.00"));
    assertThat(zhang.completion()).isEqualTo(new BoardRow.Completion(7, 1));
    BoardRow li = board.rows().get(1);
    assertThat(li.figures().receivable()).isEqualTo(Money.of("300.00"));
    assertThat(li.completion()).isEqualTo(new BoardRow.Completion(0, 0));
    // the community's own row never counts 10栋 twice
    assertThat(board.total().figures().receivable()).isEqualTo(Money.of("1300.00"));
  }

  @Test
  void communityRowsAreTheirOwnSums() {
    Board board = at("2026-12-02").view("2026-11", null, null, BoardView.COMMUNITY);
    assertThat(board.rows()).extracting(BoardRow::name).containsExactly("阳光花园", "翠湖苑");
    assertThat(board.rows().get(0).figures().rate().percent()).isEqualByComparingTo("84.6");  // 1100 / 1300
    assertThat(board.rows().get(1).figures().rate().percent()).isEqualByComparingTo("50.0");
    assertThat(board.total().figures().rate().percent()).isEqualByComparingTo("82.1");       // 1150 / 1400
  }

  private final class FakeBoards implements Boards {
    final Map<Long, FeeYearWindow> windows = new java.util.HashMap<>();

    @Override
    public List<BuildingFigures> figures(long communityId, FeeYearWindow window) {
      windows.put(communityId, window);
      boolean same = window.sameFeeYearAtStart();
      if (communityId == 1L) {
        return List.of(new BuildingFigures(10, "10栋", 1, sums("200.00", "300.00", "0.00", "300.00", same)),
            new BuildingFigures(11, "2栋", 1, sums("900.00", "1000.00", "500.00", "1000.00", same)),
            new BuildingFigures(12, "空楼", 1, sums("0.00", "0.00", "0.00", "0.00", same)));
      }
      return List.of(new BuildingFigures(20, "1栋", 2, sums("50.00", "100.00", "50.00", "100.00", same)));
    }

    @Override
    public List<Assignment> assignments(Long communityId) {
      return List.of(new Assignment(100, "李娜", List.of(10L)), new Assignment(101, "张伟", List.of(10L, 11L)));
    }

    @Override
    public Map<Long, BoardRow.Completion> completion(Long communityId, LocalDate start, LocalDate end, LocalDate today) {
      return Map.of(101L, new BoardRow.Completion(7, 1));
    }

    @Override
    public Optional<BuildingRef> building(long buildingId) {
      return Optional.empty();
    }

    @Override
    public Visibility buildingVisibility(long buildingId, Viewer viewer) {
      return Visibility.NOT_FOUND;
    }

    @Override
    public List<ArrearsLine> arrears(long buildingId, LocalDate today) {
      return new ArrayList<>();
    }
  }

  private record FakeCommunities(List<Community> list) implements Communities {
    @Override
    public Community save(Community community) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Community> byId(long id) {
      return list.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public boolean codeTaken(String code, Long exceptId) {
      return false;
    }

    @Override
    public List<Community> all() {
      return list;
    }

    @Override
    public long count() {
      return list.size();
    }
  }
}
