package com.collection.core.adjustment;

import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Port: adjustments and the bill amounts they change. Never deleted. */
public interface Adjustments {

  Adjustment insert(Adjustment adjustment);

  Optional<Adjustment> byId(long id);

  /** Writes a decision or counter-entry; false when the row was no longer in {@code expected}. */
  boolean update(Adjustment adjustment, AdjustmentStatus expected);

  /** Adds to (or, negative, takes from) a bill's adjusted amount; the schema refuses going past its amount. */
  void addToBill(long billId, Money delta);

  List<AdjustmentView> ofUnit(long unitId);

  /** Pending requests, oldest first, with what a manager needs to decide them. */
  Page<AdjustmentView> pending(PageRequest page);

  long pendingCount();
}
