package com.collection.core.receiptbook;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.util.List;
import java.util.Map;

/** Port: a community's receipts of a year in number order, and the gap check, both in the database. */
public interface ReceiptBook {

  /** The receipts in number order; state and collector are optional filters. */
  Page<ReceiptBookEntry> entries(long communityId, int year, ReceiptState state, Long collectorId,
      PageRequest page);

  /** Computed in the database, without loading the receipts; at most {@code maxRanges} missing ranges. */
  ReceiptGaps gaps(long communityId, int year, int maxRanges);

  /** Who issued receipts in that community and year: id to name, by name. */
  Map<Long, String> collectors(long communityId, int year);

  /** The years in which the community issued receipts, newest first. */
  List<Integer> years(long communityId);
}
