package com.collection.core.receiptbook;

import java.util.List;

/**
 * Whether a community's receipt numbers of a year run from 1 to N without a gap: N numbers issued
 * (the counter), how many receipts exist, the highest number, and the missing numbers as ranges
 * (the first few, if any).
 */
public record ReceiptGaps(long issued, long receipts, long highest, List<Missing> missing, boolean moreMissing) {

  public ReceiptGaps {
    missing = List.copyOf(missing);
  }

  public boolean gapless() {
    return missing.isEmpty() && receipts == issued && highest == issued;
  }

  /** Missing numbers from {@code first} to {@code last}. */
  public record Missing(long first, long last) {
  }
}
