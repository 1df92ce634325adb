package com.collection.core.statement;

import com.collection.core.estate.UnitSummary;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement (对账单) for a date range: per unit, the balance before the range, every line in it
 * and the balance at its end; for an owner, all their units and the sums. Its numbers are the unit
 * ledger's: the closing balance of a range that ends today is the ledger's balance now.
 */
public record Statement(String ownerName, LocalDate from, LocalDate to, LocalDate printedOn, List<Section> sections) {

  /**
   * {@code lateFees}: the late fees accrued and not posted as of the range's end (or today, if the
   * range ends later), per bill; not in the balances.
   */
  public record Section(UnitSummary unit, Money opening, List<LedgerLine> lines, Money closing, Money charged,
      Money settled, List<AccruedLateFee> lateFees) {

    public Money lateFeesTotal() {
      return lateFees.stream().map(AccruedLateFee::accrued).reduce(Money.ZERO, Money::plus);
    }

    Section withLateFees(List<AccruedLateFee> accrued) {
      return new Section(unit, opening, lines, closing, charged, settled, List.copyOf(accrued));
    }
  }

  /** One bill's accrued late fee, named as the statement's lines name the bill. */
  public record AccruedLateFee(String feeItemName, String period, Money accrued) {
  }

  public Money lateFeesTotal() {
    return sections.stream().map(Section::lateFeesTotal).reduce(Money.ZERO, Money::plus);
  }

  /** One unit's part: the lines before {@code from} sum to the opening balance. */
  static Section section(UnitSummary unit, List<LedgerLine> all, LocalDate from, LocalDate to) {
    Money opening = Money.ZERO;
    Money charged = Money.ZERO;
    Money settled = Money.ZERO;
    List<LedgerLine> inRange = new ArrayList<>();
    for (LedgerLine line : all) {
      if (line.date().isBefore(from)) {
        opening = opening.plus(line.change());
      } else if (!line.date().isAfter(to)) {
        inRange.add(line);
        if (line.change().isPositive()) {
          charged = charged.plus(line.change());
        } else {
          settled = settled.minus(line.change());
        }
      }
    }
    return new Section(unit, opening, inRange, opening.plus(charged).minus(settled), charged, settled, List.of());
  }

  public Money opening() {
    return sections.stream().map(Section::opening).reduce(Money.ZERO, Money::plus);
  }

  public Money closing() {
    return sections.stream().map(Section::closing).reduce(Money.ZERO, Money::plus);
  }
}
