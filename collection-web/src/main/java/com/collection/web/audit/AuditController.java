package com.collection.web.audit;

import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditEntryView;
import com.collection.core.audit.AuditFilter;
import com.collection.core.audit.ViewAuditLog;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.PageRequest;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The managers' audit log (审计日志): who changed what, when, from where, and what it was before;
 * filtered, paginated, and exported as CSV with the same filters. Bad filter input gets a message
 * next to the filter, and the list is not shown.
 */
@Controller
class AuditController {

  static final int PAGE_SIZE = 50;
  static final String SYSTEM = "system";
  private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ViewAuditLog log;
  private final ViewEstate estate;
  private final ManageStaff staff;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  AuditController(ViewAuditLog log, ViewEstate estate, ManageStaff staff, Clock clock) {
    this.log = log;
    this.estate = estate;
    this.staff = staff;
    this.clock = clock;
  }

  /** The filters as typed, so the form shows them again. */
  record Filters(String from, String to, String actor, String action, String community, String building,
      String unit, String kind, String object) {

    String query() {
      StringBuilder q = new StringBuilder();
      Map<String, String> parts = new LinkedHashMap<>();
      parts.put("from", from);
      parts.put("to", to);
      parts.put("actor", actor);
      parts.put("action", action);
      parts.put("community", community);
      parts.put("building", building);
      parts.put("unit", unit);
      parts.put("kind", kind);
      parts.put("object", object);
      parts.forEach((k, v) -> {
        if (v != null && !v.isBlank()) {
          q.append(q.isEmpty() ? "?" : "&").append(k).append('=')
              .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
      });
      return q.toString();
    }
  }

  @GetMapping("/audit")
  String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String community, @RequestParam(required = false) String building,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String object, @RequestParam(required = false) Integer page, Model model) {
    Filters typed = new Filters(from, to, actor, action, community, building, unit, kind, object);
    model.addAttribute("filters", typed);
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("kinds", AuditAction.objectKinds());
    model.addAttribute("communities", estate.communities());
    model.addAttribute("staff", staff.all().stream().sorted(Comparator.comparing(StaffMember::displayName)).toList());
    model.addAttribute("exportLink", "/audit.csv" + typed.query());
    Map<String, String> problems = new LinkedHashMap<>();
    AuditFilter filter = parse(typed, problems);
    model.addAttribute("problems", problems);
    if (filter != null) {
      model.addAttribute("entries", log.search(filter, PageRequest.of(page, PAGE_SIZE)));
    }
    return "audit/list";
  }

  @GetMapping("/audit.csv")
  void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String community, @RequestParam(required = false) String building,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String object, HttpServletResponse response) throws IOException {
    Map<String, String> problems = new LinkedHashMap<>();
    AuditFilter filter = parse(new Filters(from, to, actor, action, community, building, unit, kind, object),
        problems);
    if (filter == null) {
      throw new DomainException(problems.values().iterator().next());
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now(clock) + ".csv\"");
    Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    writer.write('\uFEFF');   // a byte-order mark, so that Excel reads the Chinese as UTF-8
    try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("id", "at", "actor_id",
        "actor", "address", "action", "object_kind", "object_id", "community", "building", "unit", "before",
        "after").get())) {
      log.export(filter, view -> print(csv, view));
    }
  }

  private void print(CSVPrinter csv, AuditEntryView view) {
    var e = view.entry();
    try {
      csv.printRecord(e.id(), CSV_TIME.format(e.at().atZone(clock.getZone())), e.actorId(),
          e.actorId() == null ? SYSTEM : view.actorName(), e.address(), e.action().code(), e.objectKind(),
          e.objectId(), view.communityName(), view.buildingName(), view.unitNumber(),
          json.writeValueAsString(e.before()), json.writeValueAsString(e.after()));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** The filter, or null with a message code per bad field in {@code problems}. */
  private static AuditFilter parse(Filters f, Map<String, String> problems) {
    LocalDate from = date(f.from(), "from", problems);
    LocalDate to = date(f.to(), "to", problems);
    boolean system = SYSTEM.equals(blankToNull(f.actor()));
    Long actorId = system ? null : id(f.actor(), "actor", problems);
    AuditAction action = null;
    if (blankToNull(f.action()) != null) {
      action = AuditAction.ofCode(f.action().strip()).orElse(null);
      if (action == null) {
        problems.put("action", "audit.filter.action");
      }
    }
    Long community = id(f.community(), "community", problems);
    Long building = id(f.building(), "building", problems);
    Long unit = id(f.unit(), "unit", problems);
    String kind = blankToNull(f.kind());
    String object = blankToNull(f.object());
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return new AuditFilter(from, to, actorId, system, action, community, building, unit, kind, object);
    } catch (DomainException e) {
      problems.put(e.field() == null ? "form" : e.field(), e.code());
      return null;
    }
  }

  private static LocalDate date(String text, String field, Map<String, String> problems) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      LocalDate day = value.length() == 10 ? LocalDate.parse(value) : null;
      if (day != null && day.getYear() >= 2000 && day.getYear() <= 2099) {
        return day;
      }
    } catch (DateTimeParseException e) {
      // falls through to the message
    }
    problems.put(field, "audit.filter.date");
    return null;
  }

  private static Long id(String text, String field, Map<String, String> problems) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    if (value.length() <= 18 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Long.parseLong(value);
    }
    problems.put(field, "audit.filter.id");
    return null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

}
