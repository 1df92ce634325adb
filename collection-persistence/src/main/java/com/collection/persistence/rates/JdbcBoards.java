package com.collection.persistence.rates;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.Reached;
import com.collection.core.estate.Visibility;
import com.collection.core.rates.ArrearsLine;
import com.collection.core.rates.BoardRow;
import com.collection.core.rates.Boards;
import com.collection.core.rates.FeeYearWindow;
import com.collection.core.rates.Figures;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The boards' sums. Money columns come from the rollups: "as of d" is the month rows before d's
 * month plus the day rows of d's month up to d. The distinct-unit columns (households paid up,
 * units that paid) are counted per request from the money effects and the payments.
 */
@Repository
class JdbcBoards implements Boards {

  /** As of :e (and of :b = s − 1) for fee year :y; earlier years at Y0 − 1 (all their month rows before :y0). */
  private static final String ROLLUPS = """
      SELECT bd.id, bd.name,
        COALESCE(SUM(CASE WHEN t.fee_year = :y AND ((t.m = 1 AND t.d < :em) OR (t.m = 0 AND t.d >= :em AND t.d <= :e))
                          THEN t.receivable END), 0) AS rec_e,
        COALESCE(SUM(CASE WHEN t.fee_year = :y AND ((t.m = 1 AND t.d < :em) OR (t.m = 0 AND t.d >= :em AND t.d <= :e))
                          THEN t.collected END), 0) AS col_e,
        COALESCE(SUM(CASE WHEN t.fee_year = :y AND ((t.m = 1 AND t.d < :bm) OR (t.m = 0 AND t.d >= :bm AND t.d <= :b))
                          THEN t.receivable END), 0) AS rec_b,
        COALESCE(SUM(CASE WHEN t.fee_year = :y AND ((t.m = 1 AND t.d < :bm) OR (t.m = 0 AND t.d >= :bm AND t.d <= :b))
                          THEN t.collected END), 0) AS col_b,
        COALESCE(SUM(CASE WHEN t.fee_year < :y AND t.m = 1 AND t.d < :y0 THEN t.receivable - t.collected END), 0)
          AS prior_outstanding,
        COALESCE(SUM(CASE WHEN t.fee_year < :y AND ((t.m = 1 AND t.d < :em) OR (t.m = 0 AND t.d >= :em AND t.d <= :e))
                          THEN t.collected END), 0)
          - COALESCE(SUM(CASE WHEN t.fee_year < :y AND t.m = 1 AND t.d < :y0 THEN t.collected END), 0) AS recovered
      FROM building bd
      LEFT JOIN (
        SELECT building_id, fee_year, month_start AS d, 1 AS m, receivable, collected FROM rollup_month
        WHERE building_id IN (SELECT id FROM building WHERE community_id = :c) AND fee_year <= :y AND month_start < :em
        UNION ALL
        SELECT building_id, fee_year, business_date AS d, 0 AS m, receivable, collected FROM rollup_day
        WHERE building_id IN (SELECT id FROM building WHERE community_id = :c) AND fee_year <= :y
          AND business_date >= :bm AND business_date <= :e
      ) t ON t.building_id = bd.id
      WHERE bd.community_id = :c
      GROUP BY bd.id, bd.name""";

  /**
   * Households: residential and commercial units with receivable above zero as of :e, and those whose
   * counted bills have nothing outstanding (receivable = collected: no bill is ever paid beyond its amount).
   */
  private static final String HOUSEHOLDS = """
      SELECT x.building_id, COUNT(*) AS households, SUM(CASE WHEN x.col = x.rec THEN 1 ELSE 0 END) AS paid_up
      FROM (SELECT me.building_id, me.unit_id, SUM(me.receivable) AS rec, SUM(me.collected) AS col
            FROM money_effect me
            WHERE me.building_id IN (SELECT id FROM building WHERE community_id = :c)
              AND me.fee_year = :y AND me.business_date <= :e AND me.counts_in_rates
            GROUP BY me.building_id, me.unit_id) x
      JOIN unit u ON u.id = x.unit_id
      WHERE u.unit_use IN ('RESIDENTIAL', 'COMMERCIAL') AND x.rec > 0
      GROUP BY x.building_id""";

  /** Units (parking included) with a payment received in [s, e] and not reversed as of e. */
  private static final String UNITS_PAID = """
      SELECT u.building_id, COUNT(DISTINCT p.unit_id) AS units
      FROM payment p JOIN unit u ON u.id = p.unit_id
      WHERE u.building_id IN (SELECT id FROM building WHERE community_id = :c)
        AND p.received_on >= :s AND p.received_on <= :e AND (p.reversed_on IS NULL OR p.reversed_on > :e)
      GROUP BY u.building_id""";

  private final NamedParameterJdbcTemplate named;

  JdbcBoards(NamedParameterJdbcTemplate named) {
    this.named = named;
  }

  @Override
  public List<BuildingFigures> figures(long communityId, FeeYearWindow w) {
    LocalDate before = w.dayBefore();
    MapSqlParameterSource p = new MapSqlParameterSource("c", communityId).addValue("y", w.feeYear())
        .addValue("y0", Date.valueOf(w.feeYearStart())).addValue("s", Date.valueOf(w.start()))
        .addValue("e", Date.valueOf(w.end())).addValue("em", Date.valueOf(w.end().withDayOfMonth(1)))
        .addValue("b", Date.valueOf(before)).addValue("bm", Date.valueOf(before.withDayOfMonth(1)));
    Map<Long, long[]> households = new HashMap<>();
    named.query(HOUSEHOLDS, p, rs -> {
      households.put(rs.getLong("building_id"), new long[] {rs.getLong("households"), rs.getLong("paid_up")});
    });
    Map<Long, Long> unitsPaid = new HashMap<>();
    named.query(UNITS_PAID, p, rs -> {
      unitsPaid.put(rs.getLong("building_id"), rs.getLong("units"));
    });
    boolean sameYear = w.sameFeeYearAtStart();
    return named.query(ROLLUPS, p, (rs, n) -> {
      long id = rs.getLong("id");
      long[] h = households.getOrDefault(id, new long[2]);
      Figures figures = new Figures(money(rs, "rec_e"), money(rs, "col_e"), money(rs, "rec_b"), money(rs, "col_b"),
          money(rs, "prior_outstanding"), money(rs, "recovered"), h[0], h[1], unitsPaid.getOrDefault(id, 0L),
          sameYear);
      return new BuildingFigures(id, rs.getString("name"), communityId, figures);
    });
  }

  private static Money money(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return new Money(value == null ? BigDecimal.ZERO : value);
  }

  @Override
  public List<Assignment> assignments(Long communityId) {
    MapSqlParameterSource p = new MapSqlParameterSource("c", communityId)
        .addValue("system", StaffMember.SYSTEM_USERNAME);
    Map<Long, Assignment> byStaff = new LinkedHashMap<>();
    named.query("""
        SELECT s.id, s.display_name, sb.building_id FROM staff s
        JOIN staff_building sb ON sb.staff_id = s.id JOIN building bd ON bd.id = sb.building_id
        WHERE s.enabled AND s.username <> :system AND (CAST(:c AS BIGINT) IS NULL OR bd.community_id = :c)
        ORDER BY s.id, sb.building_id""", p, rs -> {
      byStaff.computeIfAbsent(rs.getLong("id"), id -> {
        try {
          return new Assignment(id, rs.getString("display_name"), new ArrayList<>());
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }).buildingIds().add(rs.getLong("building_id"));
    });
    return byStaff.values().stream().map(a -> new Assignment(a.staffId(), a.name(), List.copyOf(a.buildingIds())))
        .toList();
  }

  /**
   * Attempts: counting ones the person made in [s, e] on units of the scope. Breaches (today, the
   * rule of DOMAIN.md): an open case of their buildings without a counting attempt for 5 whole days,
   * or open for the whole last ISO week with fewer than 2, pay-soon cases before their date exempt.
   */
  @Override
  public Map<Long, BoardRow.Completion> completion(Long communityId, LocalDate start, LocalDate end, LocalDate today) {
    LocalDate monday = today.with(DayOfWeek.MONDAY).minusWeeks(1);
    LocalDate sunday = monday.plusDays(6);
    MapSqlParameterSource p = new MapSqlParameterSource("c", communityId).addValue("s", Date.valueOf(start))
        .addValue("e", Date.valueOf(end)).addValue("today", Date.valueOf(today))
        .addValue("five", Date.valueOf(today.minusDays(5))).addValue("six", Date.valueOf(today.minusDays(6)))
        .addValue("monday", Date.valueOf(monday)).addValue("sunday", Date.valueOf(sunday))
        .addValue("system", StaffMember.SYSTEM_USERNAME);
    Map<Long, BoardRow.Completion> result = new HashMap<>();
    named.query("""
        SELECT s.id,
          (SELECT COUNT(*) FROM collection_attempt a JOIN unit u ON u.id = a.unit_id JOIN building bd ON bd.id = u.building_id
            WHERE a.staff_id = s.id AND a.counts AND a.attempted_on >= :s AND a.attempted_on <= :e
              AND (CAST(:c AS BIGINT) IS NULL OR bd.community_id = :c)) AS attempts,
          (SELECT COUNT(*) FROM arrears_case ac JOIN staff_building sb ON sb.building_id = ac.building_id
             JOIN building bd ON bd.id = ac.building_id
            WHERE sb.staff_id = s.id AND ac.status = 'OPEN' AND (CAST(:c AS BIGINT) IS NULL OR bd.community_id = :c)
              AND ((NOT (ac.category = 'PAY_SOON' AND ac.promised_date >= :today)
                    AND (ac.last_counting_attempt <= :six
                         OR ac.last_counting_attempt IS NULL AND ac.opened_on <= :five))
                OR (ac.opened_on <= :monday
                    AND NOT (ac.category = 'PAY_SOON' AND ac.promise_made_on <= :sunday AND ac.promised_date >= :sunday)
                    AND (SELECT COUNT(*) FROM collection_attempt a WHERE a.case_id = ac.id AND a.counts
                         AND a.attempted_on >= :monday AND a.attempted_on <= :sunday) < 2))) AS breaches
        FROM staff s
        WHERE s.enabled AND s.username <> :system
          AND EXISTS (SELECT 1 FROM staff_building sb WHERE sb.staff_id = s.id)""", p, rs -> {
      result.put(rs.getLong("id"), new BoardRow.Completion(rs.getLong("attempts"), rs.getLong("breaches")));
    });
    return result;
  }

  @Override
  public Optional<BuildingRef> building(long buildingId) {
    return named.query("""
        SELECT bd.id, bd.name, c.id AS community_id, c.name AS community_name
        FROM building bd JOIN community c ON c.id = bd.community_id WHERE bd.id = :id""",
        new MapSqlParameterSource("id", buildingId), (rs, n) -> new BuildingRef(rs.getLong("id"), rs.getString("name"),
            rs.getLong("community_id"), rs.getString("community_name"))).stream().findFirst();
  }

  @Override
  public Visibility buildingVisibility(long buildingId, Viewer viewer) {
    List<Boolean> assigned = named.query("""
        SELECT EXISTS (SELECT 1 FROM staff_building sb WHERE sb.building_id = bd.id AND sb.staff_id = :staff) AS assigned
        FROM building bd WHERE bd.id = :id""", new MapSqlParameterSource("id", buildingId)
        .addValue("staff", viewer.staffId()), (rs, n) -> rs.getBoolean("assigned"));
    if (assigned.isEmpty()) {
      return Visibility.NOT_FOUND;
    }
    return viewer.seesAllBuildings() || assigned.get(0) ? Visibility.VISIBLE : Visibility.HIDDEN;
  }

  /** Past due now: live bills (posted late fees included) due before today with something outstanding. */
  @Override
  public List<ArrearsLine> arrears(long buildingId, LocalDate today) {
    return named.query("""
        SELECT u.id AS unit_id, u.number, o.name AS owner_name, x.owed, x.oldest, ac.category, ac.promised_date,
               ac.broken_promise_on, ac.follow_up_on, la.attempted_at AS last_at, la.channel AS last_channel,
               la.reached AS last_reached, ls.display_name AS last_staff
        FROM (SELECT b.unit_id, SUM(b.amount - b.paid - b.adjusted) AS owed, MIN(b.due_date) AS oldest
              FROM bill b WHERE b.building_id = :building AND b.status = 'ISSUED' AND b.due_date < :today
                AND b.amount - b.paid - b.adjusted > 0
              GROUP BY b.unit_id) x
        JOIN unit u ON u.id = x.unit_id
        LEFT JOIN arrears_case ac ON ac.unit_id = u.id AND ac.status = 'OPEN'
        LEFT JOIN owner o ON o.id = (SELECT MIN(oo.owner_id) FROM ownership os
                                     JOIN ownership_owner oo ON oo.ownership_id = os.id
                                     WHERE os.unit_id = u.id AND os.start_date <= :today
                                       AND (os.end_date IS NULL OR os.end_date > :today))
        LEFT JOIN collection_attempt la ON la.id = (SELECT a.id FROM collection_attempt a WHERE a.case_id = ac.id
                                                    ORDER BY a.attempted_at DESC, a.id DESC LIMIT 1)
        LEFT JOIN staff ls ON ls.id = la.staff_id
        ORDER BY x.oldest, x.owed DESC, u.number""", new MapSqlParameterSource("building", buildingId)
        .addValue("today", Date.valueOf(today)), (rs, n) -> line(rs));
  }

  private static ArrearsLine line(ResultSet rs) throws SQLException {
    Timestamp lastAt = rs.getTimestamp("last_at");
    ArrearsLine.LastAttempt last = lastAt == null ? null : new ArrearsLine.LastAttempt(lastAt.toInstant(),
        Channel.valueOf(rs.getString("last_channel")), Reached.valueOf(rs.getString("last_reached")),
        rs.getString("last_staff"));
    String category = rs.getString("category");
    return new ArrearsLine(rs.getLong("unit_id"), rs.getString("number"), rs.getString("owner_name"),
        new Money(rs.getBigDecimal("owed")), date(rs, "oldest"), category == null ? null : CaseCategory.valueOf(category),
        date(rs, "promised_date"), date(rs, "broken_promise_on"), date(rs, "follow_up_on"), last);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
