package com.collection.core.billing;

import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Port: the record of bill runs. */
public interface BillRuns {

  BillRun start(long communityId, BillingPeriod period, java.util.List<Long> feeItemIds,
      long unitsTotal, Long startedBy, Instant now);

  void progress(long runId, long unitsDone, long billsWritten, Money amountWritten);

  void finish(long runId, BillRun.BillRunStatus status, Instant now);

  Optional<BillRun> byId(long runId);

  Page<BillRun> ofCommunity(Long communityId, PageRequest page);
}
