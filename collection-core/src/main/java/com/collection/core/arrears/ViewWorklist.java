package com.collection.core.arrears;

import com.collection.core.estate.BuildingSummary;
import com.collection.core.estate.Communities;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 今日待办: a staff member's open cases due today or overdue, most urgent first, each with why it is
 * listed, computed at request time (a unit with a payment recorded today is off the list). Staff
 * see their own list; managers and admins any staff member's, and the day's completion.
 */
@Service
@Transactional(readOnly = true)
public class ViewWorklist {

  public static final int PAGE_SIZE = 25;

  private final Worklists worklists;
  private final StaffMembers staff;
  private final EstateDirectory directory;
  private final Communities communities;
  private final Clock clock;

  public ViewWorklist(Worklists worklists, StaffMembers staff, EstateDirectory directory, Communities communities,
      Clock clock) {
    this.worklists = worklists;
    this.staff = staff;
    this.directory = directory;
    this.communities = communities;
    this.clock = clock;
  }

  /** A worklist page: whose, for which day, the rows, and the buildings to filter by. */
  public record Worklist(StaffMember owner, LocalDate today, LocalDateTime now, WorklistFilter filter,
      Page<WorklistRow> rows, List<BuildingSummary> buildings, Map<Long, Boolean> insideContactWindow) {

    public boolean inside(long communityId) {
      return insideContactWindow.getOrDefault(communityId, false);
    }
  }

  public Worklist of(long staffId, Viewer viewer, WorklistFilter filter, PageRequest page) {
    if (!viewer.seesAllBuildings() && viewer.staffId() != staffId) {
      throw new AccessRefusedException();
    }
    StaffMember owner = staff.byId(staffId).filter(m -> !StaffMember.SYSTEM_USERNAME.equals(m.username()))
        .orElseThrow(() -> new NotFoundException("staff", staffId));
    LocalDate today = LocalDate.now(clock);
    LocalDateTime now = LocalDateTime.now(clock);
    List<BuildingSummary> buildings = directory.buildings(Viewer.ownBuildings(staffId));
    WorklistFilter applied = filter == null ? WorklistFilter.ALL : filter;
    if (applied.buildingId() != null && buildings.stream().noneMatch(b -> b.buildingId() == applied.buildingId())) {
      throw new com.collection.core.shared.DomainException("arrears.worklist.building.notYours");
    }
    Page<WorklistRow> rows = worklists.dueFor(staffId, today, applied, page);
    Map<Long, Boolean> inside = new HashMap<>();
    for (WorklistRow row : rows.items()) {
      inside.computeIfAbsent(row.communityId(), id -> communities.byId(id)
          .map(c -> ContactWindows.inside(c, now)).orElse(false));
    }
    return new Worklist(owner, today, now, applied, rows, buildings, inside);
  }

  /** The staff members who have a worklist (buildings assigned), for the managers' picker. */
  public List<StaffMember> staffWithBuildings() {
    return staff.all().stream().filter(m -> !m.buildingIds().isEmpty())
        .sorted(java.util.Comparator.comparing(StaffMember::id)).toList();
  }

  /** The day's completion per staff member: listed this morning, attempted, paid since, breaches. */
  public Completion completion(Viewer viewer) {
    if (!viewer.seesAllBuildings()) {
      throw new AccessRefusedException();
    }
    LocalDate today = LocalDate.now(clock);
    return new Completion(today, today.with(java.time.DayOfWeek.MONDAY).minusWeeks(1), worklists.completion(today));
  }

  /** The completion figures of a day; {@code lastWeekMonday} starts the ISO week the week breaches are of. */
  public record Completion(LocalDate today, LocalDate lastWeekMonday, List<CompletionRow> rows) {
  }

}
