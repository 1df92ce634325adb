package com.collection.persistence.arrears;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.CompletionRow;
import com.collection.core.arrears.FollowUp;
import com.collection.core.arrears.FollowUpReason;
import com.collection.core.arrears.Reached;
import com.collection.core.arrears.WorklistFilter;
import com.collection.core.arrears.WorklistRow;
import com.collection.core.arrears.Worklists;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.staff.StaffMember;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The worklists, read from the cases' state kept with the ledger (owed, oldest due date, next
 * follow-up), so a list is a few indexed rows, not a scan of bills.
 */
@Repository
class JdbcWorklists implements Worklists {

  /** A case with its unit, current owner (the first of joint owners) and latest attempt. */
  private static final String ROW = """
      SELECT ac.id AS case_id, ac.unit_id, c.id AS community_id, c.name AS community_name, bd.id AS building_id,
             bd.name AS building_name, u.number AS unit_number, u.floor, ac.owed, ac.oldest_due_date, ac.category,
             ac.promised_date, ac.broken_promise_on, ac.follow_up_on, ac.follow_up_reason, ac.follow_up_about,
             ac.follow_up_count, ac.last_counting_attempt, o.name AS owner_name, o.phone AS owner_phone,
             la.attempted_at AS last_at, la.channel AS last_channel, la.reached AS last_reached,
             la.outcome AS last_outcome, ls.display_name AS last_staff
      FROM arrears_case ac
      JOIN unit u ON u.id = ac.unit_id
      JOIN building bd ON bd.id = u.building_id
      JOIN community c ON c.id = bd.community_id
      LEFT JOIN owner o ON o.id = (SELECT MIN(oo.owner_id) FROM ownership os
                                   JOIN ownership_owner oo ON oo.ownership_id = os.id
                                   WHERE os.unit_id = u.id AND os.start_date <= :today
                                     AND (os.end_date IS NULL OR os.end_date > :today))
      LEFT JOIN collection_attempt la ON la.id = (SELECT a.id FROM collection_attempt a WHERE a.case_id = ac.id
                                                  ORDER BY a.attempted_at DESC, a.id DESC LIMIT 1)
      LEFT JOIN staff ls ON ls.id = la.staff_id
      """;

  /** Open cases of the staff member's buildings due by today, without units that paid today. */
  private static final String DUE = """
      FROM arrears_case ac
      WHERE ac.status = 'OPEN' AND ac.follow_up_on <= :today
        AND ac.building_id IN (SELECT sb.building_id FROM staff_building sb WHERE sb.staff_id = :staff)
        AND (CAST(:building AS BIGINT) IS NULL OR ac.building_id = :building)
        AND (CAST(:category AS VARCHAR(16)) IS NULL OR ac.category = :category)
        AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.unit_id = ac.unit_id AND p.recorded_on = :today
                        AND p.status = 'VALID')
      """;

  /** Most urgent first: broken promises, overdue follow-ups, then the larger and older debts. */
  private static final String URGENCY = """
      ORDER BY CASE WHEN ac.follow_up_reason = 'BROKEN_PROMISE' THEN 0 WHEN ac.follow_up_on < :today THEN 1 ELSE 2 END,
               ac.owed DESC, ac.oldest_due_date, ac.id
      """;

  private final NamedParameterJdbcTemplate named;
  private final Clock clock;

  JdbcWorklists(NamedParameterJdbcTemplate named, Clock clock) {
    this.named = named;
    this.clock = clock;
  }

  @Override
  public int fixDay(LocalDate day) {
    return named.update("""
        INSERT INTO worklist_day (list_day, staff_id, case_id, unit_id, reason)
        SELECT :day, sb.staff_id, ac.id, ac.unit_id, ac.follow_up_reason
        FROM arrears_case ac
        JOIN staff_building sb ON sb.building_id = ac.building_id
        JOIN staff s ON s.id = sb.staff_id
        WHERE s.enabled AND ac.status = 'OPEN' AND ac.follow_up_on <= :day
          AND NOT EXISTS (SELECT 1 FROM worklist_day w WHERE w.list_day = :day AND w.staff_id = sb.staff_id
                          AND w.case_id = ac.id)""", new MapSqlParameterSource("day", Date.valueOf(day)));
  }

  @Override
  public Page<WorklistRow> dueFor(long staffId, LocalDate today, WorklistFilter filter, PageRequest page) {
    MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today))
        .addValue("staff", staffId)
        .addValue("building", filter.buildingId())
        .addValue("category", filter.category() == null ? null : filter.category().name());
    Long total = named.queryForObject("SELECT COUNT(*) " + DUE, params, Long.class);
    return Page.fetch(page, total == null ? 0 : total, request -> named.query(
        // the page is chosen on the cases alone; owners and last attempts are read for its rows only
        ROW + " WHERE ac.id IN (SELECT ac.id " + DUE + URGENCY + " LIMIT :limit OFFSET :offset) " + URGENCY,
        params.addValue("limit", request.size()).addValue("offset", request.offset()), (rs, n) -> row(rs)));
  }

  @Override
  public Optional<WorklistRow> rowOfCase(long caseId) {
    return named.query(ROW + " WHERE ac.id = :case", new MapSqlParameterSource("case", caseId)
        .addValue("today", Date.valueOf(LocalDate.now(clock))), (rs, n) -> row(rs)).stream().findFirst();
  }

  @Override
  public List<WorklistRow> openInBuilding(long buildingId) {
    List<WorklistRow> rows = new ArrayList<>(named.query(ROW + " WHERE ac.building_id = :building AND ac.status = 'OPEN'",
        new MapSqlParameterSource("building", buildingId).addValue("today", Date.valueOf(LocalDate.now(clock))),
        (rs, n) -> row(rs)));
    rows.sort(Comparator.comparingInt(WorklistRow::floor).thenComparing(WorklistRow::unitNumber, NATURAL));
    return rows;
  }

  /** "2-101" before "10-101": digit runs compared as numbers. */
  static final Comparator<String> NATURAL = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int byValue = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
        if (byValue != 0) {
          return byValue;
        }
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  @Override
  public List<CompletionRow> completion(LocalDate day) {
    LocalDate monday = day.with(DayOfWeek.MONDAY).minusWeeks(1);
    LocalDate sunday = monday.plusDays(6);
    MapSqlParameterSource params = new MapSqlParameterSource("day", Date.valueOf(day))
        .addValue("five", Date.valueOf(day.minusDays(5))).addValue("six", Date.valueOf(day.minusDays(6)))
        .addValue("monday", Date.valueOf(monday)).addValue("sunday", Date.valueOf(sunday))
        .addValue("system", StaffMember.SYSTEM_USERNAME);
    return named.query("""
        SELECT s.id, s.display_name,
               (SELECT COUNT(*) FROM worklist_day w WHERE w.list_day = :day AND w.staff_id = s.id) AS listed,
               (SELECT COUNT(*) FROM worklist_day w WHERE w.list_day = :day AND w.staff_id = s.id
                  AND EXISTS (SELECT 1 FROM collection_attempt a WHERE a.case_id = w.case_id AND a.counts
                              AND a.attempted_on = :day)) AS attempted,
               (SELECT COUNT(*) FROM worklist_day w WHERE w.list_day = :day AND w.staff_id = s.id
                  AND EXISTS (SELECT 1 FROM payment p WHERE p.unit_id = w.unit_id AND p.recorded_on = :day
                              AND p.status = 'VALID')) AS paid_since,
               (SELECT COUNT(*) FROM arrears_case ac JOIN staff_building sb ON sb.building_id = ac.building_id
                  WHERE sb.staff_id = s.id AND ac.status = 'OPEN') AS open_cases,
               (SELECT COUNT(*) FROM arrears_case ac JOIN staff_building sb ON sb.building_id = ac.building_id
                  WHERE sb.staff_id = s.id AND ac.status = 'OPEN'
                    AND NOT (ac.category = 'PAY_SOON' AND ac.promised_date >= :day)
                    AND (ac.last_counting_attempt <= :six
                         OR ac.last_counting_attempt IS NULL AND ac.opened_on <= :five)) AS five_day,
               (SELECT COUNT(*) FROM arrears_case ac JOIN staff_building sb ON sb.building_id = ac.building_id
                  WHERE sb.staff_id = s.id AND ac.opened_on <= :monday
                    AND (ac.status = 'OPEN' OR ac.closed_on > :sunday)
                    AND NOT (ac.category = 'PAY_SOON' AND ac.promise_made_on <= :sunday AND ac.promised_date >= :sunday)
                    AND (SELECT COUNT(*) FROM collection_attempt a WHERE a.case_id = ac.id AND a.counts
                         AND a.attempted_on BETWEEN :monday AND :sunday) < 2) AS week
        FROM staff s
        WHERE s.enabled AND s.username <> :system
          AND EXISTS (SELECT 1 FROM staff_building sb WHERE sb.staff_id = s.id)
        ORDER BY s.display_name, s.id""", params, (rs, n) -> new CompletionRow(rs.getLong("id"),
        rs.getString("display_name"), rs.getInt("listed"), rs.getInt("attempted"), rs.getInt("paid_since"),
        rs.getInt("open_cases"), rs.getInt("five_day"), rs.getInt("week")));
  }

  private static WorklistRow row(ResultSet rs) throws SQLException {
    Timestamp lastAt = rs.getTimestamp("last_at");
    WorklistRow.LastAttempt last = null;
    if (lastAt != null) {
      String outcome = rs.getString("last_outcome");
      last = new WorklistRow.LastAttempt(lastAt.toInstant(), Channel.valueOf(rs.getString("last_channel")),
          Reached.valueOf(rs.getString("last_reached")), rs.getString("last_staff"),
          outcome == null ? null : CaseCategory.valueOf(outcome));
    }
    FollowUp followUp = new FollowUp(JdbcArrearsCases.localDate(rs, "follow_up_on"),
        FollowUpReason.valueOf(rs.getString("follow_up_reason")), JdbcArrearsCases.localDate(rs, "follow_up_about"),
        rs.getInt("follow_up_count"));
    return new WorklistRow(rs.getLong("case_id"), rs.getLong("unit_id"), rs.getLong("community_id"),
        rs.getString("community_name"), rs.getLong("building_id"), rs.getString("building_name"),
        rs.getString("unit_number"), rs.getInt("floor"), rs.getString("owner_name"), rs.getString("owner_phone"),
        new Money(rs.getBigDecimal("owed")), JdbcArrearsCases.localDate(rs, "oldest_due_date"),
        CaseCategory.valueOf(rs.getString("category")), JdbcArrearsCases.localDate(rs, "promised_date"),
        JdbcArrearsCases.localDate(rs, "broken_promise_on"), followUp,
        JdbcArrearsCases.localDate(rs, "last_counting_attempt"), last);
  }
}
