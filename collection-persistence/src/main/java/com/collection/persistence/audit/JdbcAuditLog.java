package com.collection.persistence.audit;

import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditEntry;
import com.collection.core.audit.AuditEntryView;
import com.collection.core.audit.AuditFilter;
import com.collection.core.audit.AuditLog;
import com.collection.core.audit.AuditScope;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log in the {@code audit_entry} table: inserts only (the database refuses anything else,
 * see migration V11_1), and searches newest first on the indexed columns.
 */
@Repository
class JdbcAuditLog implements AuditLog {

  private static final int MAX_JSON = 8000;
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
  };

  private final JdbcTemplate jdbc;
  private final JsonMapper json = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_LONG_FOR_INTS).build();

  JdbcAuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void append(AuditEntry entry) {
    insert(entry);
  }

  @Override
  @Transactional
  public void appendOnItsOwn(AuditEntry entry) {
    insert(entry);
  }

  private void insert(AuditEntry entry) {
    AuditScope scope = entry.scope();
    Long unit = scope.unitId();
    Long building = scope.buildingId() != null || unit == null ? scope.buildingId()
        : jdbc.queryForObject("SELECT building_id FROM unit WHERE id = ?", Long.class, unit);
    Long community = scope.communityId() != null || building == null ? scope.communityId()
        : jdbc.queryForObject("SELECT community_id FROM building WHERE id = ?", Long.class, building);
    jdbc.update("""
        INSERT INTO audit_entry (at, actor_id, address, action, object_kind, object_id, community_id, building_id,
          unit_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        Timestamp.from(entry.at()), entry.actorId(), clip(entry.address(), 64), entry.action().code(),
        entry.objectKind(), clip(entry.objectId(), 64), community, building, unit,
        toJson(entry.before()), toJson(entry.after()));
  }

  @Override
  public long countSince(AuditAction action, String objectId, Instant since) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object_kind = ? AND object_id = ?"
        + " AND action = ? AND at >= ?", Long.class, action.objectKind(), objectId, action.code(), Timestamp.from(since));
    return count == null ? 0 : count;
  }

  @Override
  public Page<AuditEntryView> search(AuditFilter filter, ZoneId zone, PageRequest page) {
    Where where = where(filter, zone);
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry e" + where.sql, Long.class, where.values());
    long count = total == null ? 0 : total;
    PageRequest shown = clamp(page, count);
    List<Object> args = new ArrayList<>(where.args);
    args.add(shown.size());
    args.add(shown.offset());
    List<AuditEntryView> rows = jdbc.query(SELECT + where.sql + " ORDER BY e.at DESC, e.id DESC LIMIT ? OFFSET ?",
        (rs, n) -> view(rs), args.toArray());
    return Page.of(rows, shown, count);
  }

  @Override
  public void stream(AuditFilter filter, ZoneId zone, int limit, Consumer<AuditEntryView> each) {
    Where where = where(filter, zone);
    List<Object> args = new ArrayList<>(where.args);
    args.add(limit);
    jdbc.query(connection -> {
      var statement = connection.prepareStatement(SELECT + where.sql + " ORDER BY e.at DESC, e.id DESC LIMIT ?");
      statement.setFetchSize(500);
      for (int i = 0; i < args.size(); i++) {
        statement.setObject(i + 1, args.get(i));
      }
      return statement;
    }, (RowCallbackHandler) rs -> each.accept(view(rs)));
  }

  /** A page past the last shows the last page, never an empty list with a nonsense range. */
  private static PageRequest clamp(PageRequest page, long total) {
    long lastPage = total == 0 ? 0 : (total - 1) / page.size();
    return page.page() > lastPage ? new PageRequest((int) lastPage, page.size()) : page;
  }

  private static final String SELECT = """
      SELECT e.*, s.display_name AS actor_name, c.name AS community_name, b.name AS building_name,
             u.number AS unit_number
      FROM audit_entry e
      LEFT JOIN staff s ON s.id = e.actor_id
      LEFT JOIN community c ON c.id = e.community_id
      LEFT JOIN building b ON b.id = e.building_id
      LEFT JOIN unit u ON u.id = e.unit_id""";

  private record Where(String sql, List<Object> args) {
    Object[] values() {
      return args.toArray();
    }
  }

  private static Where where(AuditFilter f, ZoneId zone) {
    List<String> parts = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (f.from() != null) {
      parts.add("e.at >= ?");
      args.add(Timestamp.from(f.from().atStartOfDay(zone).toInstant()));
    }
    if (f.to() != null) {
      parts.add("e.at < ?");
      args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
    if (f.systemActor()) {
      parts.add("e.actor_id IS NULL");
    } else if (f.actorId() != null) {
      parts.add("e.actor_id = ?");
      args.add(f.actorId());
    }
    if (f.action() != null) {
      parts.add("e.action = ?");
      args.add(f.action().code());
    }
    if (f.communityId() != null) {
      parts.add("e.community_id = ?");
      args.add(f.communityId());
    }
    if (f.buildingId() != null) {
      parts.add("e.building_id = ?");
      args.add(f.buildingId());
    }
    if (f.unitId() != null) {
      parts.add("e.unit_id = ?");
      args.add(f.unitId());
    }
    if (f.objectKind() != null) {
      parts.add("e.object_kind = ?");
      args.add(f.objectKind());
    }
    if (f.objectId() != null) {
      parts.add("e.object_id = ?");
      args.add(f.objectId());
    }
    return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), args);
  }

  private AuditEntryView view(ResultSet rs) throws SQLException {
    String code = rs.getString("action");
    AuditAction action = AuditAction.ofCode(code)
        .orElseThrow(() -> new IllegalStateException("unknown audit action " + code));
    AuditEntry entry = new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), nullableLong(rs, "actor_id"),
        rs.getString("address"), action, rs.getString("object_id"),
        new AuditScope(nullableLong(rs, "community_id"), nullableLong(rs, "building_id"), nullableLong(rs, "unit_id")),
        fromJson(rs.getString("before_json")), fromJson(rs.getString("after_json")));
    return new AuditEntryView(entry, rs.getString("actor_name"), rs.getString("community_name"),
        rs.getString("building_name"), rs.getString("unit_number"));
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private String toJson(Map<String, Object> fields) {
    String text = json.writeValueAsString(fields);
    if (text.length() > MAX_JSON) {
      // a field value too long to keep whole (a long note): keep every field, shortened
      Map<String, Object> shortened = new LinkedHashMap<>();
      fields.forEach((k, v) -> shortened.put(k, v instanceof String s && s.length() > 200 ? s.substring(0, 200) + "…" : v));
      text = json.writeValueAsString(shortened);
    }
    return text;
  }

  private Map<String, Object> fromJson(String text) {
    return text == null || text.isBlank() ? Map.of() : json.readValue(text, MAP);
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
