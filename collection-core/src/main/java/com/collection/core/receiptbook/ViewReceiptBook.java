package com.collection.core.receiptbook;

import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The receipt book (收据簿) of a community and year, for managers and auditors. */
@Service
@Transactional(readOnly = true)
public class ViewReceiptBook {

  static final int MAX_GAP_RANGES = 50;

  private final ReceiptBook book;

  public ViewReceiptBook(ReceiptBook book) {
    this.book = book;
  }

  public Page<ReceiptBookEntry> entries(long communityId, int year, ReceiptState state, Long collectorId,
      Viewer viewer, PageRequest page) {
    requireManager(viewer);
    return book.entries(communityId, year, state, collectorId, page);
  }

  public ReceiptGaps gaps(long communityId, int year, Viewer viewer) {
    requireManager(viewer);
    return book.gaps(communityId, year, MAX_GAP_RANGES);
  }

  public Map<Long, String> collectors(long communityId, int year, Viewer viewer) {
    requireManager(viewer);
    return book.collectors(communityId, year);
  }

  public List<Integer> years(long communityId, Viewer viewer) {
    requireManager(viewer);
    return book.years(communityId);
  }

  private static void requireManager(Viewer viewer) {
    if (!viewer.seesAllBuildings()) {
      throw new AccessRefusedException();
    }
  }
}
