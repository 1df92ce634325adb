package com.collection.core.rates;

import com.collection.core.estate.Visibility;
import com.collection.core.shared.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the sums and lists the boards read (money from the rollups, counts per request). */
public interface Boards {

  /** Every building of the community with its figures over the window (zeros where nothing is due). */
  List<BuildingFigures> figures(long communityId, FeeYearWindow window);

  /** Enabled staff members (not the system) with the buildings assigned to them now, in the community or all. */
  List<Assignment> assignments(Long communityId);

  /**
   * Per staff member: counting attempts made in [start, end] on units of the scope's buildings,
   * and open cases of their buildings (in the scope) in breach today.
   */
  Map<Long, BoardRow.Completion> completion(Long communityId, LocalDate start, LocalDate end, LocalDate today);

  Optional<BuildingRef> building(long buildingId);

  /** Visible to managers and admins, and to staff the building is assigned to. */
  Visibility buildingVisibility(long buildingId, Viewer viewer);

  /** Units of the building owing money past due today, oldest arrears first. */
  List<ArrearsLine> arrears(long buildingId, LocalDate today);

  record BuildingFigures(long buildingId, String name, long communityId, Figures figures) {
  }

  record Assignment(long staffId, String name, List<Long> buildingIds) {
  }

  record BuildingRef(long id, String name, long communityId, String communityName) {
  }
}
