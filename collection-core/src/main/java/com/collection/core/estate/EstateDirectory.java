package com.collection.core.estate;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.util.List;
import java.util.Optional;

/**
 * Port: the estate as the pages read it. Every query takes the {@link Viewer} and applies the
 * building restriction in the query itself.
 */
public interface EstateDirectory {

  Page<UnitSummary> searchUnits(UnitSearch search, Viewer viewer, PageRequest page);

  Optional<UnitSummary> unitSummary(long unitId);

  List<BuildingSummary> buildings(Viewer viewer);

  Visibility unitVisibility(long unitId, Viewer viewer);

  Visibility ownerVisibility(long ownerId, Viewer viewer);

  /** The units an owner holds or held, restricted to what the viewer may see. */
  List<OwnedUnit> unitsOfOwner(long ownerId, Viewer viewer);
}
