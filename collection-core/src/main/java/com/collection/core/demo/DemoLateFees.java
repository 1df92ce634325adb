package com.collection.core.demo;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.estate.UnitSearch;
import com.collection.core.estate.UnitSummary;
import com.collection.core.latefee.AccruedLateFees;
import com.collection.core.latefee.BillLateFee;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.latefee.PostLateFee;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The demo's late fees: the policy on in 翠湖苑 (0.03 % a day after 30 grace days, capped at 20 % of
 * the bill), off elsewhere, and the late fees of a few of its most overdue bills posted today.
 */
@Service
public class DemoLateFees {

  static final String COMMUNITY = "翠湖苑";
  static final int POSTED = 3;

  private final Communities communities;
  private final ManageLateFeePolicy policies;
  private final EstateDirectory directory;
  private final AccruedLateFees accruedLateFees;
  private final PostLateFee postLateFee;
  private final StaffMembers staff;
  private final Clock clock;

  public DemoLateFees(Communities communities, ManageLateFeePolicy policies, EstateDirectory directory,
      AccruedLateFees accruedLateFees, PostLateFee postLateFee, StaffMembers staff, Clock clock) {
    this.communities = communities;
    this.policies = policies;
    this.directory = directory;
    this.accruedLateFees = accruedLateFees;
    this.postLateFee = postLateFee;
    this.staff = staff;
    this.clock = clock;
  }

  /** Returns how many late fees were posted. */
  public int switchOn() {
    Community community = communities.all().stream().filter(c -> COMMUNITY.equals(c.name())).findFirst()
        .orElse(null);
    if (community == null) {
      return 0;
    }
    Long managerId = staff.byUsername("manager").map(StaffMember::id).orElse(null);
    policies.save(community.id(), true, new BigDecimal("0.03"), 30, new BigDecimal("20"), managerId);
    if (managerId == null) {
      return 0;
    }
    Viewer viewer = Viewer.everything(managerId);
    List<Long> unitIds = directory.searchUnits(new UnitSearch(community.id(), null, null, null, null), viewer,
            new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().map(UnitSummary::unitId).toList();
    List<BillLateFee> largest = accruedLateFees.forUnits(unitIds, LocalDate.now(clock)).values().stream()
        .flatMap(fees -> fees.bills().stream()).filter(BillLateFee::postable)
        .sorted(Comparator.comparing(BillLateFee::accrued).reversed().thenComparing(BillLateFee::billId))
        .limit(POSTED).toList();
    largest.forEach(line -> postLateFee.post(line.billId(), viewer));
    return largest.size();
  }
}
