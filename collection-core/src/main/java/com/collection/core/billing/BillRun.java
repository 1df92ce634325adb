package com.collection.core.billing;

import com.collection.core.shared.Money;
import java.time.Instant;
import java.util.List;

/** A bill run as recorded: what it was asked to do and what it wrote. */
public record BillRun(Long id, long communityId, String period, List<Long> feeItemIds,
    BillRunStatus status, long unitsTotal, long unitsDone, long billsWritten, Money totalAmount,
    Instant startedAt, Instant finishedAt, Long startedBy) {

  public enum BillRunStatus {
    RUNNING, DONE, FAILED
  }
}
