package com.collection.persistence.receiptbook;

import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.receiptbook.ReceiptBook;
import com.collection.core.receiptbook.ReceiptBookEntry;
import com.collection.core.receiptbook.ReceiptGaps;
import com.collection.core.receiptbook.ReceiptState;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The receipt book read from {@code payment}: a community's receipts of a year are those whose
 * number starts with its code and the year ({@code YG-2026-}); the running number is what follows.
 * The gap check runs in the database (counts, and the numbers after which one is missing).
 */
@Repository
class JdbcReceiptBook implements ReceiptBook {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcReceiptBook(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  /** The year's receipts of the community, with their running number {@code seq}. */
  private static final String NUMBERS = """
      SELECT CAST(SUBSTR(receipt_number, :from) AS BIGINT) AS seq FROM payment
      WHERE community_id = :community AND receipt_number LIKE :prefix""";

  private MapSqlParameterSource params(long communityId, int year) {
    String code = jdbc.query("SELECT code FROM community WHERE id = ?", (rs, n) -> rs.getString(1), communityId)
        .stream().findFirst().orElse("?");
    String prefix = code + "-" + year + "-";
    return new MapSqlParameterSource().addValue("community", communityId).addValue("prefix", prefix + "%")
        .addValue("from", prefix.length() + 1);
  }

  @Override
  public Page<ReceiptBookEntry> entries(long communityId, int year, ReceiptState state, Long collectorId,
      PageRequest page) {
    MapSqlParameterSource params = params(communityId, year)
        .addValue("status", state == null ? null : (state == ReceiptState.VOID ? "REVERSED" : "VALID"))
        .addValue("collector", collectorId);
    String where = " WHERE p.community_id = :community AND p.receipt_number LIKE :prefix"
        + (state == null ? "" : " AND p.status = :status")
        + (collectorId == null ? "" : " AND p.recorded_by = :collector");
    Long total = named.queryForObject("SELECT COUNT(*) FROM payment p" + where, params, Long.class);
    return Page.fetch(page, total == null ? 0 : total, request -> named.query("""
        SELECT CAST(SUBSTR(p.receipt_number, :from) AS BIGINT) AS seq, p.receipt_number, p.id, p.status, p.amount,
          p.method, p.payer, b.name AS building_name, u.number AS unit_number, s.display_name, p.recorded_at,
          p.reversed_on
        FROM payment p JOIN unit u ON u.id = p.unit_id JOIN building b ON b.id = u.building_id
        JOIN staff s ON s.id = p.recorded_by""" + where + " ORDER BY seq LIMIT :limit OFFSET :offset",
        params.addValue("limit", request.size()).addValue("offset", request.offset()), (rs, n) -> {
          Date reversedOn = rs.getDate("reversed_on");
          return new ReceiptBookEntry(rs.getLong("seq"), rs.getString("receipt_number"), rs.getLong("id"),
              Payment.Status.valueOf(rs.getString("status")), new Money(rs.getBigDecimal("amount")),
              PaymentMethod.valueOf(rs.getString("method")), rs.getString("payer"), rs.getString("building_name"),
              rs.getString("unit_number"), rs.getString("display_name"), rs.getTimestamp("recorded_at").toInstant(),
              reversedOn == null ? null : reversedOn.toLocalDate());
        }));
  }

  @Override
  public ReceiptGaps gaps(long communityId, int year, int maxRanges) {
    MapSqlParameterSource params = params(communityId, year);
    Long issued = jdbc.query("SELECT last_number FROM receipt_counter WHERE community_id = ? AND receipt_year = ?",
        (rs, n) -> rs.getLong(1), communityId, year).stream().findFirst().orElse(0L);
    Map<String, Object> counts = named.queryForMap(
        "SELECT COUNT(*) AS receipts, COALESCE(MIN(seq), 0) AS lowest, COALESCE(MAX(seq), 0) AS highest FROM ("
            + NUMBERS + ") n", params);
    long receipts = ((Number) counts.get("receipts")).longValue();
    long lowest = ((Number) counts.get("lowest")).longValue();
    long highest = ((Number) counts.get("highest")).longValue();
    long top = Math.max(issued, highest);
    List<ReceiptGaps.Missing> missing = new ArrayList<>();
    if (top > 0 && (receipts == 0 || lowest > 1)) {
      missing.add(new ReceiptGaps.Missing(1, receipts == 0 ? top : lowest - 1));
    }
    // every number whose successor is missing (below the top) starts a gap that ends before the next number
    if (receipts > 0 && (receipts != top || lowest != 1)) {
      params.addValue("top", top).addValue("limit", maxRanges + 1);
      missing.addAll(named.query("WITH n AS (" + NUMBERS + """
          ) SELECT a.seq + 1 AS first_missing,
            COALESCE((SELECT MIN(b.seq) FROM n b WHERE b.seq > a.seq), :top + 1) - 1 AS last_missing
          FROM n a WHERE a.seq < :top AND NOT EXISTS (SELECT 1 FROM n b WHERE b.seq = a.seq + 1)
          ORDER BY a.seq LIMIT :limit""", params,
          (rs, n) -> new ReceiptGaps.Missing(rs.getLong("first_missing"), rs.getLong("last_missing"))));
    }
    boolean more = missing.size() > maxRanges;
    return new ReceiptGaps(issued, receipts, highest, more ? missing.subList(0, maxRanges) : missing, more);
  }

  @Override
  public Map<Long, String> collectors(long communityId, int year) {
    Map<Long, String> collectors = new LinkedHashMap<>();
    named.query("""
        SELECT s.id, s.display_name FROM staff s WHERE s.id IN (
          SELECT p.recorded_by FROM payment p WHERE p.community_id = :community AND p.receipt_number LIKE :prefix)
        ORDER BY s.display_name, s.id""", params(communityId, year),
        rs -> {
          collectors.put(rs.getLong(1), rs.getString(2));
        });
    return collectors;
  }

  @Override
  public List<Integer> years(long communityId) {
    return jdbc.queryForList("SELECT receipt_year FROM receipt_counter WHERE community_id = ? ORDER BY receipt_year DESC",
        Integer.class, communityId);
  }
}
