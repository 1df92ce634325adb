package com.collection.core.arrears;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case pages: a unit's case card and timeline, the attempt form's case, one building's visit
 * sheet. Staff see only the cases of their buildings (refused like the unit itself otherwise).
 */
@Service
@Transactional(readOnly = true)
public class ViewCases {

  public static final int TIMELINE_PAGE = 30;

  private final ArrearsCases cases;
  private final Worklists worklists;
  private final CaseTimeline timeline;
  private final EstateDirectory directory;
  private final Communities communities;
  private final com.collection.core.estate.Buildings buildings;
  private final Clock clock;

  public ViewCases(ArrearsCases cases, Worklists worklists, CaseTimeline timeline, EstateDirectory directory,
      Communities communities, com.collection.core.estate.Buildings buildings, Clock clock) {
    this.buildings = buildings;
    this.cases = cases;
    this.worklists = worklists;
    this.timeline = timeline;
    this.directory = directory;
    this.communities = communities;
    this.clock = clock;
  }

  /** The unit's open case, or its latest closed one; empty if it never had one. */
  public Optional<CaseCard> ofUnit(long unitId, Viewer viewer) {
    directory.requireUnitVisible(unitId, viewer);
    return cases.latestOfUnit(unitId).map(this::card);
  }

  /** The unit's timeline: attempts, case events and payments, newest first. */
  public Page<TimelineEntry> timelineOfUnit(long unitId, Viewer viewer, PageRequest page) {
    directory.requireUnitVisible(unitId, viewer);
    return timeline.ofUnit(unitId, page);
  }

  /** A case for the attempt form, with its latest attempts (a correction names one of them). */
  public CaseForAttempt forAttempt(long caseId, Viewer viewer) {
    ArrearsCase c = cases.byId(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    directory.requireUnitVisible(c.unitId(), viewer);
    return new CaseForAttempt(card(c), timeline.latestAttempts(caseId, 20));
  }

  public record CaseForAttempt(CaseCard card, List<CollectionAttempt> latestAttempts) {
  }

  /** One building's open cases by floor and unit, for an evening or weekend round. */
  public VisitSheet visitSheet(long buildingId, Viewer viewer) {
    // the viewer's buildings (a staff member's few, or all for managers); one that is not among them
    // is another's (refused) or none at all
    var building = directory.buildings(viewer).stream().filter(b -> b.buildingId() == buildingId).findFirst()
        .orElseThrow(() -> buildings.byId(buildingId).isPresent() ? new AccessRefusedException()
            : new NotFoundException("building", buildingId));
    LocalDate today = LocalDate.now(clock);
    return new VisitSheet(building, today, worklists.openInBuilding(buildingId));
  }

  private CaseCard card(ArrearsCase c) {
    LocalDate today = LocalDate.now(clock);
    LocalDateTime now = LocalDateTime.now(clock);
    WorklistRow row = worklists.rowOfCase(c.id()).orElse(null);
    Community community = row == null ? null : communities.byId(row.communityId()).orElse(null);
    boolean inside = community != null && ContactWindows.inside(community, now);
    CaseCard.RemotePayment remote = community == null ? null
        : new CaseCard.RemotePayment(community.bank(), c.owed(),
            // ASCII only: banks' transfer notes often refuse Chinese characters
            community.code() + "-" + c.unitId());
    boolean due = c.isOpen() && c.followUp() != null && c.followUp().isDue(today);
    long age = c.isOpen() && c.oldestDueDate() != null ? java.time.temporal.ChronoUnit.DAYS.between(c.oldestDueDate(), today) : 0;
    return new CaseCard(c, row, today, due, age, inside,
        community == null ? List.of() : ContactWindows.of(community, now), remote);
  }
}
