package com.collection.core.statement;

import com.collection.core.estate.EstateDirectory;
import com.collection.core.estate.OwnedUnit;
import com.collection.core.estate.Owner;
import com.collection.core.estate.Owners;
import com.collection.core.estate.UnitSummary;
import com.collection.core.latefee.AccruedLateFees;
import com.collection.core.latefee.BillLateFee;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.statement.UnitHistory.BillRow;
import com.collection.core.statement.UnitHistory.CreditLotRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's ledger (paginated, latest page first shown) and statements for a unit or an owner. */
@Service
@Transactional(readOnly = true)
public class ViewLedger {

  /** A statement covers at most this many days (ten years), so one request never reads without bound. */
  static final long MAX_STATEMENT_DAYS = 3660;

  private final LedgerSource source;
  private final EstateDirectory directory;
  private final Owners owners;
  private final AccruedLateFees lateFees;
  private final Clock clock;

  public ViewLedger(LedgerSource source, EstateDirectory directory, Owners owners, AccruedLateFees lateFees,
      Clock clock) {
    this.source = source;
    this.directory = directory;
    this.owners = owners;
    this.lateFees = lateFees;
    this.clock = clock;
  }

  /** {@code page} null means the last page: the most recent lines, which staff look at first. */
  public UnitLedger unitLedger(long unitId, Viewer viewer, Integer page, int pageSize) {
    directory.requireUnitVisible(unitId, viewer);
    LocalDate today = LocalDate.now(clock);
    UnitHistory history = source.historyOf(unitId);
    List<LedgerLine> lines = UnitLedgerLines.of(history, today);
    // past the end is the last page, so "no page" asks for the furthest one
    PageRequest asked = new PageRequest(page == null ? Integer.MAX_VALUE : page, pageSize);
    return withFigures(unitId, history, lines, Page.slice(lines, asked), today);
  }

  /**
   * The latest lines (about {@code count}; more when the first of them would be a detail line, so
   * that a payment is never shown without its head line) and the figures now, for the unit page.
   */
  public UnitLedger recentLines(long unitId, Viewer viewer, int count) {
    directory.requireUnitVisible(unitId, viewer);
    LocalDate today = LocalDate.now(clock);
    UnitHistory history = source.historyOf(unitId);
    List<LedgerLine> lines = UnitLedgerLines.of(history, today);
    int from = Math.max(0, lines.size() - count);
    while (from > 0 && lines.get(from).kind().isDetail()) {
      from--;
    }
    List<LedgerLine> tail = lines.subList(from, lines.size());
    return withFigures(unitId, history, lines, Page.of(tail, new PageRequest(0, tail.size()), lines.size()), today);
  }

  private UnitLedger withFigures(long unitId, UnitHistory history, List<LedgerLine> lines, Page<LedgerLine> shown,
      LocalDate today) {
    Money balance = lines.isEmpty() ? Money.ZERO : lines.get(lines.size() - 1).balance();
    Money outstanding = Money.ZERO;
    Money overdue = Money.ZERO;
    LocalDate oldest = null;
    for (BillRow bill : history.bills()) {
      Money open = bill.outstanding();
      if (!open.isPositive()) {
        continue;
      }
      outstanding = outstanding.plus(open);
      if (!bill.dueDate().isAfter(today)) {
        overdue = overdue.plus(open);
        oldest = oldest == null || bill.dueDate().isBefore(oldest) ? bill.dueDate() : oldest;
      }
    }
    Money credit = history.creditLots().stream().map(CreditLotRow::remaining).reduce(Money.ZERO, Money::plus);
    return new UnitLedger(shown, balance, outstanding, overdue, credit, oldest,
        oldest == null ? null : ChronoUnit.DAYS.between(oldest, today), lateFees.forUnit(unitId, today));
  }

  public Statement unitStatement(long unitId, LocalDate from, LocalDate to, Viewer viewer) {
    checkRange(from, to);
    directory.requireUnitVisible(unitId, viewer);
    UnitSummary unit = directory.unitSummary(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    return new Statement(unit.owners(), from, to, LocalDate.now(clock), List.of(section(unit, from, to)));
  }

  /** All units the owner held at some time in the range (those the viewer may see). */
  public Statement ownerStatement(long ownerId, LocalDate from, LocalDate to, Viewer viewer) {
    checkRange(from, to);
    switch (directory.ownerVisibility(ownerId, viewer)) {
      case NOT_FOUND -> throw new NotFoundException("owner", ownerId);
      case HIDDEN -> throw new AccessRefusedException();
      case VISIBLE -> { }
    }
    Owner owner = owners.byId(ownerId).orElseThrow(() -> new NotFoundException("owner", ownerId));
    // the owner's spans in the viewer's buildings; a unit owned in two spans gets one section
    Map<Long, UnitSummary> units = new LinkedHashMap<>();
    for (OwnedUnit owned : directory.unitsOfOwner(ownerId, viewer)) {
      boolean overlaps = (owned.from() == null || !owned.from().isAfter(to))
          && (owned.until() == null || !owned.until().isBefore(from));
      if (overlaps) {
        units.putIfAbsent(owned.unit().unitId(), owned.unit());
      }
    }
    List<Statement.Section> sections = new ArrayList<>();
    units.values().forEach(unit -> sections.add(section(unit, from, to)));
    return new Statement(owner.name(), from, to, LocalDate.now(clock), sections);
  }

  private Statement.Section section(UnitSummary unit, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock);
    UnitHistory history = source.historyOf(unit.unitId());
    Map<Long, BillRow> bills = history.bills().stream().collect(Collectors.toMap(BillRow::id, Function.identity()));
    List<Statement.AccruedLateFee> accrued = lateFees.forUnit(unit.unitId(), to.isAfter(today) ? today : to).bills()
        .stream().filter(BillLateFee::postable)
        .map(fee -> new Statement.AccruedLateFee(bills.get(fee.billId()).feeItemName(), bills.get(fee.billId()).period(),
            fee.accrued()))
        .toList();
    return Statement.section(unit, UnitLedgerLines.of(history, today), from, to).withLateFees(accrued);
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    if (from == null) {
      throw DomainException.onField("from", "validation.required");
    }
    if (to == null) {
      throw DomainException.onField("to", "validation.required");
    }
    if (from.isAfter(to)) {
      throw DomainException.onField("to", "statement.range.order");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_STATEMENT_DAYS) {
      throw DomainException.onField("from", "statement.range.tooLong");
    }
  }
}
