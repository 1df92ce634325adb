package com.collection.core.cashup;

import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cash-up reports: staff see their own, managers everyone's, and managers the list of desks of a day. */
@Service
@Transactional(readOnly = true)
public class ViewCashUps {

  private final CashUps cashUps;
  private final CashUpQueries queries;

  public ViewCashUps(CashUps cashUps, CashUpQueries queries) {
    this.cashUps = cashUps;
    this.queries = queries;
  }

  public CashUpReport report(long staffId, LocalDate day, Viewer viewer) {
    requireMaySee(staffId, viewer);
    // a person who does not exist has no day to show (not an empty one)
    String name = queries.staffName(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
    CashUp cashUp = cashUps.of(staffId, day).orElse(null);
    return new CashUpReport(staffId, name, day, cashUp,
        CashUpFigures.of(queries.liveEntries(staffId, day)),
        cashUp == null ? List.of() : cashUps.revisions(cashUp.id()),
        cashUp == null || cashUp.confirmedBy() == null ? null : queries.staffName(cashUp.confirmedBy()).orElse("?"));
  }

  public CashUpReport report(long cashUpId, Viewer viewer) {
    CashUp cashUp = cashUps.byId(cashUpId).orElseThrow(() -> new NotFoundException("cashup", cashUpId));
    return report(cashUp.staffId(), cashUp.day(), viewer);
  }

  public Page<DeskDay> desks(LocalDate day, Viewer viewer, PageRequest page) {
    if (!viewer.seesAllBuildings()) {
      throw new AccessRefusedException();
    }
    return queries.desks(day, page);
  }

  private static void requireMaySee(long staffId, Viewer viewer) {
    if (!viewer.seesAllBuildings() && viewer.staffId() != staffId) {
      throw new AccessRefusedException();
    }
  }
}
