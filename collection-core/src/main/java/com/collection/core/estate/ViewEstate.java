package com.collection.core.estate;

import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The estate as staff read it: the unit search, a unit's page, an owner's page and the buildings on
 * the home page. Staff see only their buildings; asking for another building's unit is refused.
 */
@Service
@Transactional(readOnly = true)
public class ViewEstate {

  private final EstateDirectory directory;
  private final Owners owners;
  private final Communities communities;
  private final Clock clock;

  public ViewEstate(EstateDirectory directory, Owners owners, Communities communities, Clock clock) {
    this.directory = directory;
    this.owners = owners;
    this.communities = communities;
    this.clock = clock;
  }

  public Page<UnitSummary> searchUnits(UnitSearch search, Viewer viewer, PageRequest page) {
    return directory.searchUnits(search, viewer, page);
  }

  public List<BuildingSummary> buildings(Viewer viewer) {
    return directory.buildings(viewer);
  }

  public List<Community> communities() {
    return communities.all();
  }

  public UnitView unit(long unitId, Viewer viewer) {
    directory.requireUnitVisible(unitId, viewer);
    UnitSummary unit = directory.unitSummary(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    LocalDate today = LocalDate.now(clock);
    List<Ownership> spans = new ArrayList<>(owners.ownershipsOfUnit(unitId));
    spans.sort(Comparator.comparing(Ownership::start).reversed());
    List<Owner> current = List.of();
    List<UnitView.PastOwnership> history = new ArrayList<>();
    for (Ownership span : spans) {
      List<Owner> spanOwners = owners.byIds(span.ownerIds());
      if (span.isOn(today)) {
        current = spanOwners;
      }
      history.add(new UnitView.PastOwnership(span, spanOwners));
    }
    Community community = communities.byId(unit.communityId()).orElseThrow();
    return new UnitView(unit, community, current, history);
  }

  public OwnerView owner(long ownerId, Viewer viewer) {
    check(directory.ownerVisibility(ownerId, viewer), "owner", ownerId);
    Owner owner = owners.byId(ownerId).orElseThrow(() -> new NotFoundException("owner", ownerId));
    return new OwnerView(owner, directory.unitsOfOwner(ownerId, viewer));
  }

  private static void check(Visibility visibility, String what, long id) {
    switch (visibility) {
      case NOT_FOUND -> throw new NotFoundException(what, id);
      case HIDDEN -> throw new AccessRefusedException();
      case VISIBLE -> { }
    }
  }
}
