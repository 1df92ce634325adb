package com.collection.core.latefee;

import com.collection.core.estate.EstateDirectory;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The late fees units have accrued as of a day, per bill and in total, under their community's
 * policy (none or off: nothing accrues; posted late-fee bills still show). Reads three things per
 * call whatever the number of bills: the units' bills, their principal changes, the policies.
 */
@Service
@Transactional(readOnly = true)
public class AccruedLateFees {

  private final LateFeeBills bills;
  private final LateFeePolicies policies;
  private final EstateDirectory directory;
  private final Clock clock;

  public AccruedLateFees(LateFeeBills bills, LateFeePolicies policies, EstateDirectory directory, Clock clock) {
    this.bills = bills;
    this.policies = policies;
    this.directory = directory;
    this.clock = clock;
  }

  /** A unit's late fees today, for someone who may see the unit (refused otherwise). */
  public UnitLateFees forUnit(long unitId, Viewer viewer) {
    directory.requireUnitVisible(unitId, viewer);
    return forUnit(unitId, LocalDate.now(clock));
  }

  /** A unit's late fees accrued up to and including {@code asOf}. */
  public UnitLateFees forUnit(long unitId, LocalDate asOf) {
    return forUnits(List.of(unitId), asOf).getOrDefault(unitId, UnitLateFees.NONE);
  }

  /**
   * Several units' late fees accrued up to and including {@code asOf} (owner statements, lists), in
   * the same three reads. Units with no line map to {@link UnitLateFees#NONE}.
   */
  public Map<Long, UnitLateFees> forUnits(Collection<Long> unitIds, LocalDate asOf) {
    Map<Long, UnitLateFees> result = new LinkedHashMap<>();
    unitIds.forEach(id -> result.put(id, UnitLateFees.NONE));
    if (unitIds.isEmpty()) {
      return result;
    }
    List<LateFeeBills.AccruingBill> accruing = bills.accruingBillsOfUnits(unitIds);
    if (accruing.isEmpty()) {
      return result;
    }
    Map<Long, LateFeePolicy> policyOf = policies.ofCommunities(
            accruing.stream().map(LateFeeBills.AccruingBill::communityId).distinct().toList()).stream()
        .collect(Collectors.toMap(LateFeePolicy::communityId, Function.identity()));
    boolean anyOn = policyOf.values().stream().anyMatch(LateFeePolicy::enabled);
    Map<Long, List<PrincipalChange>> changesOf = new HashMap<>();
    if (anyOn) {
      changesOf = bills.principalChangesOfUnits(unitIds).stream()
          .collect(Collectors.groupingBy(PrincipalChange::billId));
    }
    Map<Long, List<BillLateFee>> linesOf = new HashMap<>();
    for (LateFeeBills.AccruingBill bill : accruing) {
      lineOf(bill, policyOf.get(bill.communityId()), changesOf.getOrDefault(bill.billId(), List.of()), asOf)
          .ifPresent(line -> linesOf.computeIfAbsent(bill.unitId(), k -> new ArrayList<>()).add(line));
    }
    linesOf.forEach((unitId, lines) -> {
      lines.sort(Comparator.comparing(BillLateFee::billId));
      result.put(unitId, new UnitLateFees(lines,
          lines.stream().map(BillLateFee::accrued).reduce(Money.ZERO, Money::plus)));
    });
    return result;
  }

  /** One bill's line: the posted late fee if it has one, else what it accrued (nothing: no line). */
  static java.util.Optional<BillLateFee> lineOf(LateFeeBills.AccruingBill bill, LateFeePolicy policy,
      List<PrincipalChange> changes, LocalDate asOf) {
    if (bill.posted()) {
      return java.util.Optional.of(new BillLateFee(bill.billId(), Money.ZERO,
          policy == null ? null : LateFeeAccrual.accruesFrom(bill.dueDate(), policy), bill.postedBillId(),
          bill.postedAmount(), bill.postedVoided()));
    }
    LateFeeAccrual.Accrued accrued = LateFeeAccrual.accrue(bill.amount(), bill.dueDate(), policy, changes, asOf);
    if (!accrued.fee().isPositive()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new BillLateFee(bill.billId(), accrued.fee(), accrued.accruesFrom(), null, null,
        false));
  }
}
