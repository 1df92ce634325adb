package com.collection.core.billing;

import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of bill runs, newest first. */
@Service
@Transactional(readOnly = true)
public class ViewBillRuns {

  private final BillRuns runs;

  public ViewBillRuns(BillRuns runs) {
    this.runs = runs;
  }

  public Page<BillRun> list(Long communityId, PageRequest page) {
    return runs.ofCommunity(communityId, page);
  }

  public BillRun byId(long runId) {
    return runs.byId(runId).orElseThrow(() -> new NotFoundException("billRun", runId));
  }
}
