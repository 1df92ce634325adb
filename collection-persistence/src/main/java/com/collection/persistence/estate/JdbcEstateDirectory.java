package com.collection.persistence.estate;

import com.collection.core.estate.BuildingSummary;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.OwnedUnit;
import com.collection.core.estate.UnitSearch;
import com.collection.core.estate.UnitSummary;
import com.collection.core.estate.UnitUse;
import com.collection.core.estate.Visibility;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The estate's read side in SQL. The staff restriction is part of every query's WHERE clause, so a
 * staff member never receives another building's rows.
 */
@Repository
class JdbcEstateDirectory implements EstateDirectory {

  private static final String VISIBLE_BUILDING =
      "(:seesAll = TRUE OR b.id IN (SELECT sb.building_id FROM staff_building sb WHERE sb.staff_id = :staffId))";
  private static final String CURRENT_SPAN =
      "os.start_date <= :today AND (os.end_date IS NULL OR os.end_date > :today)";
  private static final String UNIT_COLUMNS = """
      u.id, c.id AS community_id, c.name AS community_name, b.id AS building_id,
      b.name AS building_name, u.number, u.floor, u.area, u.unit_use, u.occupancy""";
  private static final String UNIT_FROM = """
      FROM unit u JOIN building b ON b.id = u.building_id JOIN community c ON c.id = b.community_id""";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  JdbcEstateDirectory(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Page<UnitSummary> searchUnits(UnitSearch search, Viewer viewer, PageRequest page) {
    MapSqlParameterSource params = viewerParams(viewer);
    StringBuilder where = new StringBuilder(" WHERE " + VISIBLE_BUILDING);
    if (search.communityId() != null) {
      where.append(" AND c.id = :communityId");
      params.addValue("communityId", search.communityId());
    }
    if (search.buildingId() != null) {
      where.append(" AND b.id = :buildingId");
      params.addValue("buildingId", search.buildingId());
    }
    if (search.unitNumber() != null) {
      where.append(" AND LOWER(u.number) LIKE :unitNumber");
      params.addValue("unitNumber", contains(search.unitNumber()));
    }
    if (search.ownerName() != null || search.phone() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM ownership os JOIN ownership_owner oo ON oo.ownership_id = os.id"
          + " JOIN owner o ON o.id = oo.owner_id WHERE os.unit_id = u.id AND " + CURRENT_SPAN);
      if (search.ownerName() != null) {
        where.append(" AND LOWER(o.name) LIKE :ownerName");
        params.addValue("ownerName", contains(search.ownerName()));
      }
      if (search.phone() != null) {
        where.append(" AND (o.phone LIKE :phone OR o.second_phone LIKE :phone)");
        params.addValue("phone", contains(search.phone()));
      }
      where.append(")");
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*) " + UNIT_FROM + where, params, Long.class);
    return Page.fetch(page, total == null ? 0 : total, request -> {
      params.addValue("limit", request.size()).addValue("offset", request.offset());
      return withOwners(jdbc.query("SELECT " + UNIT_COLUMNS + " " + UNIT_FROM + where
          + " ORDER BY c.name, LENGTH(b.name), b.name, LENGTH(u.number), u.number"
          + " LIMIT :limit OFFSET :offset", params, (rs, n) -> unitRow(rs)));
    });
  }

  @Override
  public Optional<UnitSummary> unitSummary(long unitId) {
    List<UnitRow> rows = jdbc.query("SELECT " + UNIT_COLUMNS + " " + UNIT_FROM + " WHERE u.id = :id",
        new MapSqlParameterSource("id", unitId), (rs, n) -> unitRow(rs));
    return withOwners(rows).stream().findFirst();
  }

  @Override
  public UnitCommunity communityOfUnit(long unitId) {
    return jdbc.query("SELECT c.id, c.code FROM unit u JOIN building b ON b.id = u.building_id"
            + " JOIN community c ON c.id = b.community_id WHERE u.id = :id", new MapSqlParameterSource("id", unitId),
        (rs, n) -> new UnitCommunity(rs.getLong(1), rs.getString(2))).stream().findFirst()
        .orElseThrow(() -> new com.collection.core.shared.NotFoundException("unit", unitId));
  }

  @Override
  public List<BuildingSummary> buildings(Viewer viewer) {
    return jdbc.query("""
        SELECT b.id, c.id AS community_id, c.name AS community_name, b.name, s.display_name,
               (SELECT COUNT(*) FROM unit u WHERE u.building_id = b.id) AS unit_count
        FROM building b JOIN community c ON c.id = b.community_id
        LEFT JOIN staff s ON s.id = b.responsible_staff_id
        WHERE """ + " " + VISIBLE_BUILDING + " ORDER BY c.name, LENGTH(b.name), b.name",
        viewerParams(viewer),
        (rs, n) -> new BuildingSummary(rs.getLong("id"), rs.getLong("community_id"),
            rs.getString("community_name"), rs.getString("name"), rs.getString("display_name"),
            rs.getLong("unit_count")));
  }

  @Override
  public Visibility unitVisibility(long unitId, Viewer viewer) {
    MapSqlParameterSource params = viewerParams(viewer).addValue("unitId", unitId);
    List<Boolean> found = jdbc.query("SELECT CASE WHEN " + VISIBLE_BUILDING + " THEN TRUE ELSE FALSE END"
        + " FROM unit u JOIN building b ON b.id = u.building_id WHERE u.id = :unitId", params,
        (rs, n) -> rs.getBoolean(1));
    return found.isEmpty() ? Visibility.NOT_FOUND : found.get(0) ? Visibility.VISIBLE : Visibility.HIDDEN;
  }

  @Override
  public Visibility ownerVisibility(long ownerId, Viewer viewer) {
    MapSqlParameterSource params = viewerParams(viewer).addValue("ownerId", ownerId);
    Long owners = jdbc.queryForObject("SELECT COUNT(*) FROM owner WHERE id = :ownerId", params, Long.class);
    if (owners == null || owners == 0) {
      return Visibility.NOT_FOUND;
    }
    Long visible = jdbc.queryForObject("""
        SELECT COUNT(*) FROM ownership_owner oo JOIN ownership os ON os.id = oo.ownership_id
        JOIN unit u ON u.id = os.unit_id JOIN building b ON b.id = u.building_id
        WHERE oo.owner_id = :ownerId AND """ + " " + VISIBLE_BUILDING, params, Long.class);
    return visible != null && visible > 0 ? Visibility.VISIBLE : Visibility.HIDDEN;
  }

  @Override
  public List<OwnedUnit> unitsOfOwner(long ownerId, Viewer viewer) {
    MapSqlParameterSource params = viewerParams(viewer).addValue("ownerId", ownerId);
    record Span(UnitRow unit, LocalDate start, LocalDate end) {
    }
    List<Span> spans = jdbc.query("SELECT " + UNIT_COLUMNS + ", os.start_date, os.end_date " + UNIT_FROM
        + " JOIN ownership os ON os.unit_id = u.id JOIN ownership_owner oo ON oo.ownership_id = os.id"
        + " WHERE oo.owner_id = :ownerId AND " + VISIBLE_BUILDING
        + " ORDER BY os.start_date DESC, u.id", params,
        (rs, n) -> new Span(unitRow(rs), localDate(rs, "start_date"), localDate(rs, "end_date")));
    List<UnitSummary> units = withOwners(spans.stream().map(Span::unit).distinct().toList());
    Map<Long, UnitSummary> byId = new LinkedHashMap<>();
    units.forEach(u -> byId.put(u.unitId(), u));
    LocalDate today = LocalDate.now(clock);
    List<OwnedUnit> result = new ArrayList<>();
    for (Span span : spans) {
      boolean current = !today.isBefore(span.start()) && (span.end() == null || today.isBefore(span.end()));
      result.add(new OwnedUnit(byId.get(span.unit().id()), span.start(), span.end(), current));
    }
    return result;
  }

  /** Adds the current owners' names and phones to a page of units, in one query. */
  private List<UnitSummary> withOwners(List<UnitRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<String>> names = new LinkedHashMap<>();
    Map<Long, Set<String>> phones = new LinkedHashMap<>();
    MapSqlParameterSource params = new MapSqlParameterSource("ids", rows.stream().map(UnitRow::id).toList())
        .addValue("today", Date.valueOf(LocalDate.now(clock)));
    jdbc.query("""
        SELECT os.unit_id, o.name, o.phone, o.second_phone FROM ownership os
        JOIN ownership_owner oo ON oo.ownership_id = os.id JOIN owner o ON o.id = oo.owner_id
        WHERE os.unit_id IN (:ids) AND """ + " " + CURRENT_SPAN + " ORDER BY os.unit_id, o.id", params, rs -> {
          long unitId = rs.getLong("unit_id");
          names.computeIfAbsent(unitId, k -> new LinkedHashSet<>()).add(rs.getString("name"));
          Set<String> unitPhones = phones.computeIfAbsent(unitId, k -> new LinkedHashSet<>());
          unitPhones.add(rs.getString("phone"));
          if (rs.getString("second_phone") != null) {
            unitPhones.add(rs.getString("second_phone"));
          }
        });
    return rows.stream().map(r -> new UnitSummary(r.id(), r.communityId(), r.communityName(),
        r.buildingId(), r.buildingName(), r.number(), r.floor(), r.area(), r.use(), r.occupancy(),
        String.join("、", names.getOrDefault(r.id(), Set.of())),
        String.join(", ", phones.getOrDefault(r.id(), Set.of())))).toList();
  }

  private MapSqlParameterSource viewerParams(Viewer viewer) {
    return new MapSqlParameterSource()
        .addValue("seesAll", viewer.seesAllBuildings())
        .addValue("staffId", viewer.staffId())
        .addValue("today", Date.valueOf(LocalDate.now(clock)));
  }

  private static String contains(String text) {
    String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static UnitRow unitRow(ResultSet rs) throws SQLException {
    return new UnitRow(rs.getLong("id"), rs.getLong("community_id"), rs.getString("community_name"),
        rs.getLong("building_id"), rs.getString("building_name"), rs.getString("number"),
        rs.getInt("floor"), rs.getBigDecimal("area"), UnitUse.valueOf(rs.getString("unit_use")),
        Occupancy.valueOf(rs.getString("occupancy")));
  }

  private record UnitRow(long id, long communityId, String communityName, long buildingId,
      String buildingName, String number, int floor, java.math.BigDecimal area, UnitUse use,
      Occupancy occupancy) {
  }
}
