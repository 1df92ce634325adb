package com.collection.core.statement;

import com.collection.core.latefee.UnitLateFees;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import java.time.LocalDate;

/**
 * A unit's ledger page: one page of lines (oldest first, balance after each) and the figures now:
 * the balance (owed less credit), everything unpaid, what of it is overdue, credit, and the due date
 * and age in days of the oldest overdue bill (null when nothing is overdue), and the unit's late
 * fees today, per bill (not in the balance: an accrued fee is owed only once posted).
 */
public record UnitLedger(Page<LedgerLine> lines, Money balance, Money outstanding, Money overdue, Money credit,
    LocalDate oldestUnpaidDue, Long oldestUnpaidDays, UnitLateFees lateFees) {

  /** The late fees accrued and not yet posted. */
  public Money accruedLateFees() {
    return lateFees.total();
  }
}
