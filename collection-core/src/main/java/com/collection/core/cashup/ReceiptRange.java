package com.collection.core.cashup;

import java.util.List;

/**
 * The receipts a person issued in one community on one day: the first and last number, how many
 * they issued, how many numbers in between went to other collectors (which explains the gaps), and
 * which of theirs are void.
 */
public record ReceiptRange(long communityId, String communityName, String first, String last, int issued,
    long issuedByOthers, List<String> voided) {

  public ReceiptRange {
    voided = List.copyOf(voided);
  }
}
