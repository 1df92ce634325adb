package com.collection.persistence.payment;

import com.collection.core.payment.ReceiptNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One counter row per community and year, incremented in the payment's transaction: the row lock
 * serialises concurrent payments of a community, and a rollback gives the number back.
 */
@Repository
class JdbcReceiptNumbers implements ReceiptNumbers {

  private final JdbcTemplate jdbc;

  JdbcReceiptNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long next(long communityId, int year) {
    int updated = jdbc.update("UPDATE receipt_counter SET last_number = last_number + 1"
        + " WHERE community_id = ? AND receipt_year = ?", communityId, year);
    if (updated == 0) {
      // the year's first receipt; a concurrent first one waits on the key, then counts on
      jdbc.update("INSERT INTO receipt_counter (community_id, receipt_year, last_number) VALUES (?, ?, 0)"
          + " ON CONFLICT DO NOTHING", communityId, year);
      jdbc.update("UPDATE receipt_counter SET last_number = last_number + 1 WHERE community_id = ? AND receipt_year = ?",
          communityId, year);
    }
    Long number = jdbc.queryForObject("SELECT last_number FROM receipt_counter WHERE community_id = ? AND receipt_year = ?",
        Long.class, communityId, year);
    return number == null ? 0 : number;
  }
}
