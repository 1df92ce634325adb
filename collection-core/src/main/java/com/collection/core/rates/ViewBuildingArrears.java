package com.collection.core.rates;

import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A board row's drill-down: the building's units in arrears, for its staff and the managers only. */
@Service
public class ViewBuildingArrears {

  private final Boards boards;
  private final Clock clock;

  public ViewBuildingArrears(Boards boards, Clock clock) {
    this.boards = boards;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public BuildingArrears view(long buildingId, Viewer viewer) {
    switch (boards.buildingVisibility(buildingId, viewer)) {
      case NOT_FOUND -> throw new NotFoundException("building", buildingId);
      case HIDDEN -> throw new AccessRefusedException();
      case VISIBLE -> { }
    }
    Boards.BuildingRef building = boards.building(buildingId).orElseThrow(() -> new NotFoundException("building",
        buildingId));
    LocalDate today = LocalDate.now(clock);
    return new BuildingArrears(building, today, boards.arrears(buildingId, today));
  }

  public record BuildingArrears(Boards.BuildingRef building, LocalDate today, List<ArrearsLine> lines) {

    public com.collection.core.shared.Money total() {
      return lines.stream().map(ArrearsLine::owed).reduce(com.collection.core.shared.Money.ZERO,
          com.collection.core.shared.Money::plus);
    }
  }
}
