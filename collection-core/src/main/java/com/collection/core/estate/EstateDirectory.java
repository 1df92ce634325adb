package com.collection.core.estate;

import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.NotFoundException;
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

  /** The community a unit belongs to (its id and receipt code), in one cheap query. */
  UnitCommunity communityOfUnit(long unitId);

  /** A unit's community, as payments need it. */
  record UnitCommunity(long communityId, String communityCode) {
  }

  List<BuildingSummary> buildings(Viewer viewer);

  Visibility unitVisibility(long unitId, Viewer viewer);

  /** Refuses a unit the viewer may not see: not found (404) or another building's (403). */
  default void requireUnitVisible(long unitId, Viewer viewer) {
    switch (unitVisibility(unitId, viewer)) {
      case NOT_FOUND -> throw new NotFoundException("unit", unitId);
      case HIDDEN -> throw new AccessRefusedException();
      case VISIBLE -> { }
    }
  }

  Visibility ownerVisibility(long ownerId, Viewer viewer);

  /** The units an owner holds or held, restricted to what the viewer may see. */
  List<OwnedUnit> unitsOfOwner(long ownerId, Viewer viewer);
}
