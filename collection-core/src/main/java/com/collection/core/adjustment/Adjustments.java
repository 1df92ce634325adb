package com.collection.core.adjustment;

import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: adjustments and the bill amounts they change. Never deleted. */
public interface Adjustments {

  Adjustment insert(Adjustment adjustment);

  Optional<Adjustment> byId(long id);

  /** Writes a decision or counter-entry; false when the row was no longer in {@code expected}. */
  boolean update(Adjustment adjustment, AdjustmentStatus expected);

  /**
   * Lowers an issued bill by an approved adjustment, only if it still owes at least that much;
   * otherwise writes nothing and throws a {@link com.collection.core.shared.DomainException}
   * ({@code adjustment.bill.changed}).
   */
  void applyToBill(long billId, Money amount);

  /**
   * Restores a countered adjustment's amount to the bill and records the day the bill was re-opened
   * ({@code on}, kept if a later one is recorded); throws a
   * {@link com.collection.core.shared.DomainException} ({@code adjustment.bill.changed}) if the bill
   * has less adjusted than that.
   */
  void restoreToBill(long billId, Money amount, LocalDate on);

  List<AdjustmentView> ofUnit(long unitId);

  /** Pending requests, oldest first, with what a manager needs to decide them. */
  Page<AdjustmentView> pending(PageRequest page);

  long pendingCount();
}
