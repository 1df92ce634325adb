package com.collection.core.billing;

import com.collection.core.estate.EstateDirectory;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's bills, newest period first, for those who may see the unit. */
@Service
@Transactional(readOnly = true)
public class ViewBills {

  private final Bills bills;
  private final FeeItems feeItems;
  private final EstateDirectory directory;

  public ViewBills(Bills bills, FeeItems feeItems, EstateDirectory directory) {
    this.bills = bills;
    this.feeItems = feeItems;
    this.directory = directory;
  }

  public Page<BillLine> ofUnit(long unitId, Viewer viewer, PageRequest page) {
    directory.requireUnitVisible(unitId, viewer);
    Page<Bill> shown = Page.slice(newestFirst(bills.ofUnit(unitId)), page);
    return Page.of(named(shown.items()), new PageRequest(shown.page(), shown.size()), shown.total());
  }

  /** All the unit's bills with something outstanding (due or not), newest period first. */
  public List<BillLine> openOfUnit(long unitId, Viewer viewer) {
    directory.requireUnitVisible(unitId, viewer);
    return named(newestFirst(bills.ofUnit(unitId).stream().filter(b -> b.outstanding().isPositive()).toList()));
  }

  private static List<Bill> newestFirst(List<Bill> unitBills) {
    return unitBills.stream()
        .sorted(Comparator.comparing(Bill::dueDate).reversed()
            .thenComparing(Bill::feeItemId).thenComparing(Bill::revision, Comparator.reverseOrder()))
        .toList();
  }

  private List<BillLine> named(List<Bill> some) {
    Map<Long, String> names = new HashMap<>();
    return some.stream()
        .map(b -> new BillLine(b, names.computeIfAbsent(b.feeItemId(),
            id -> feeItems.byId(id).map(FeeItem::name).orElse("?"))))
        .toList();
  }
}
