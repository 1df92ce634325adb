package com.collection.web.system;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.Bills;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.cashup.SubmitCashUp;
import com.collection.core.estate.UnitUse;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ChangeOwnPassword;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.beans.PropertyDescriptor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Hostile input, generated: every route of the handler mappings, every field it reads (its
 * {@code @RequestParam}s, the writable properties of its form objects, its path variables, and
 * indexed variants of its list fields), each sent every hostile value below with the other fields
 * valid, as an admin, a manager or a staff member. It fails on any 5xx, on a response slower than
 * 2 s (or taking 2 s of CPU) or larger than 1 MB, on a hostile script or attribute reflected
 * unescaped, on a huge value echoed beyond its first few dozen characters, and afterwards on
 * anything stored that should have been refused: a control character, a piece of the 100,000
 * character value, a number beyond any business figure or a date outside the years the binder
 * takes, found by scanning every text, number and date column of the schema.
 *
 * <p>Values that bytes can't carry through MockMvc (a query or form body that is not UTF-8) are
 * sent to every route's every field over the real server on the test's random port, signed in.
 *
 * <p>Sampling: each (route, field, value) is sent once, as one of the three roles dealt round from
 * a place chosen by a {@link Random} seeded with {@value #SEED} (so each route and field sees every
 * role over its values); the full product of roles would triple the run. Path variables get the
 * {@link #PATH_VALUES} only. A new route is covered without being listed; a path variable this test
 * can't fill fails it.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  static final long SEED = 20261201L;
  private static final long SLOW_NANOS = 2_000_000_000L;
  private static final int MAX_BODY = 1_000_000;
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ATTRIBUTE = "\"'><img src=x onerror=alert(1)>";
  private static final String HUGE = "x".repeat(100_000);
  private static final String ADMIN_PASSWORD = "hostile-admin-1";
  /** More of the huge value than any page may show again (the binder echoes 40 characters). */
  private static final String HUGE_ECHO = "x".repeat(64);
  /** No business figure (money, area, rate, count) reaches this; ids are left out of the scan. */
  private static final BigDecimal BEYOND_ANY_FIGURE = new BigDecimal("1000000000");

  /**
   * What a path variable (always an id) is sent: every one of these fails its conversion to a
   * number or its lookup the same way whatever its characters, so the text-only values add nothing.
   */
  private static final List<String> PATH_VALUES = List.of("empty", "100k characters", "NUL", "1e999999999",
      "negative", "full-width digits", "int max", "20 digits", "another building's unit", "another community",
      "another community's unit", "no such id", "script");

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  @Autowired
  DataSource dataSource;
  @LocalServerPort
  int port;

  private EstateFixture estate;
  private EstateFixture other;
  private LocalDate today;
  private Map<String, StaffMember> roles;
  private final Map<String, Supplier<String>> pathValues = new LinkedHashMap<>();
  private final Map<String, Supplier<String>> validValues = new LinkedHashMap<>();
  private final Map<String, String> hostile = new LinkedHashMap<>();

  /** One route with the fields it reads. */
  record Route(String method, String pattern, List<String> pathVariables, Map<String, Class<?>> fields,
      List<String> listFields) {

    String name() {
      return method + " " + pattern;
    }
  }

  @BeforeAll
  void estate() {
    estate = new EstateFixture(context);
    other = new EstateFixture(context);
    today = LocalDate.now(context.getBean(Clock.class));
    ManageStaff staff = context.getBean(ManageStaff.class);
    StaffMember admin = staff.create("hx" + ThreadLocalRandom.current().nextInt(1_000_000_000), "攻击测试管理员",
        Role.ADMIN, EstateFixture.PASSWORD);
    StaffMember victim = staff.create("hv" + ThreadLocalRandom.current().nextInt(1_000_000_000), "被改账号",
        Role.STAFF, EstateFixture.PASSWORD);
    context.getBean(ChangeOwnPassword.class).change(admin.id(), EstateFixture.PASSWORD, ADMIN_PASSWORD, ADMIN_PASSWORD);
    roles = Map.of("ADMIN", admin, "MANAGER", estate.manager, "STAFF", estate.staffA);

    ManageFeeItems feeItems = context.getBean(ManageFeeItems.class);
    FeeItem item = feeItems.create(estate.community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15,
        true, false);
    feeItems.addRate(item.id(), UnitUse.RESIDENTIAL, LocalDate.of(2024, 1, 1), new BigDecimal("2.80"));
    long runId = context.getBean(RunBilling.class).run(estate.community.id(), List.of(item.id()), "2025-01", null).id();
    context.getBean(RunBilling.class).run(estate.community.id(), List.of(item.id()), "2025-02", null);
    List<com.collection.core.billing.Bill> bills = context.getBean(Bills.class).ofUnit(estate.unitA.id());
    long billId = bills.get(0).id();
    Payment payment = context.getBean(RecordPayment.class).record(new RecordPaymentCommand(estate.unitA.id(),
        new BigDecimal("10.00"), PaymentMethod.CASH, "王甲", null, today, List.of(), UUID.randomUUID().toString(),
        Viewer.ownBuildings(estate.staffA.id())));
    long adjustmentId = context.getBean(RequestAdjustment.class).request(bills.get(1).id(), AdjustmentKind.WAIVER,
        new BigDecimal("1.00"), "测试减免", Viewer.ownBuildings(estate.staffA.id())).id();
    long cashUpId = context.getBean(SubmitCashUp.class).submit(estate.staffA.id(), today, "10.00", null).id();

    // how to fill each path variable: a route with one not listed here fails the test
    pathValues.put("unitId", () -> estate.unitA.id().toString());
    pathValues.put("ownerId", () -> estate.ownerA.id().toString());
    pathValues.put("buildingId", () -> estate.buildingA.id().toString());
    pathValues.put("communityId", () -> estate.community.id().toString());
    pathValues.put("staffId", () -> victim.id().toString());
    pathValues.put("billId", () -> String.valueOf(billId));
    pathValues.put("paymentId", () -> payment.id().toString());
    pathValues.put("adjustmentId", () -> String.valueOf(adjustmentId));
    pathValues.put("cashUpId", () -> String.valueOf(cashUpId));
    pathValues.put("feeItemId", () -> item.id().toString());
    pathValues.put("runId", () -> String.valueOf(runId));
    // the bills of 2025 are long past due: unit A has an open arrears case
    long caseId = context.getBean(com.collection.core.arrears.ArrearsCases.class).latestOfUnit(estate.unitA.id())
        .orElseThrow().id();
    pathValues.put("caseId", () -> String.valueOf(caseId));

    // a valid value for the fields that need one to get past the others (by name; else by type)
    validValues.put("amount", () -> "1.00");
    validValues.put("payer", () -> "王甲");
    validValues.put("receivedOn", () -> today.toString());
    validValues.put("token", () -> UUID.randomUUID().toString());
    validValues.put("reason", () -> "测试原因");
    validValues.put("note", () -> "测试备注");
    validValues.put("billId", () -> String.valueOf(billId));
    validValues.put("bill", () -> String.valueOf(billId));
    validValues.put("billIds", () -> String.valueOf(billId));
    validValues.put("counted", () -> "10.00");
    validValues.put("day", () -> today.toString());
    validValues.put("staff", () -> estate.staffA.id().toString());
    validValues.put("collector", () -> estate.staffA.id().toString());
    validValues.put("revision", () -> "1");
    validValues.put("q", () -> estate.community.code());
    validValues.put("page", () -> "0");
    validValues.put("communityId", () -> estate.community.id().toString());
    validValues.put("community", () -> estate.community.id().toString());
    validValues.put("buildingId", () -> estate.buildingA.id().toString());
    validValues.put("buildingIds", () -> estate.buildingA.id().toString());
    validValues.put("responsibleStaffId", () -> estate.staffA.id().toString());
    validValues.put("year", () -> String.valueOf(today.getYear()));
    validValues.put("period", () -> "2025-03");
    validValues.put("kind", () -> "week");
    validValues.put("view", () -> "building");
    validValues.put("feeItemIds", () -> item.id().toString());
    validValues.put("name", () -> "测试" + ThreadLocalRandom.current().nextInt(1_000_000));
    validValues.put("code", () -> letters(5));
    validValues.put("feeYearStartMonth", () -> "1");
    validValues.put("weekdayWindows", () -> "09:30-12:00");
    validValues.put("weekendWindows", () -> "10:30-12:00");
    validValues.put("caseOpeningDays", () -> "15");
    validValues.put("username", () -> "h" + ThreadLocalRandom.current().nextInt(1_000_000_000));
    validValues.put("displayName", () -> "测试员");
    validValues.put("password", () -> "hostile-pass-1");
    validValues.put("currentPassword", () -> EstateFixture.PASSWORD);
    validValues.put("newPassword", () -> "hostile-pass-2");
    validValues.put("repeatPassword", () -> "hostile-pass-2");
    validValues.put("number", () -> "H" + ThreadLocalRandom.current().nextInt(1_000_000));
    validValues.put("floor", () -> "1");
    validValues.put("area", () -> "88.50");
    validValues.put("dueDay", () -> "15");
    validValues.put("effectiveFrom", () -> today.withDayOfMonth(1).plusMonths(1).toString());
    validValues.put("rate", () -> "2.80");
    validValues.put("dailyRatePercent", () -> "0.05");
    validValues.put("graceDays", () -> "30");
    validValues.put("capPercent", () -> "20");
    validValues.put("from", () -> today.withDayOfYear(1).toString());
    validValues.put("to", () -> today.toString());
    validValues.put("unitNumber", () -> "101");
    validValues.put("ownerName", () -> "王");
    validValues.put("phone", () -> "100");
    validValues.put("building", () -> estate.buildingA.id().toString());
    validValues.put("category", () -> "UNCONFIRMED");
    validValues.put("channel", () -> "PHONE");
    validValues.put("reached", () -> "OWNER");
    validValues.put("outcome", () -> "UNCONFIRMED");
    validValues.put("promisedDate", () -> today.plusDays(5).toString());
    validValues.put("when", () -> java.time.LocalDateTime.now(context.getBean(Clock.class)).minusMinutes(1)
        .withSecond(0).withNano(0).toString());
    validValues.put("complaintWhat", () -> "测试投诉");
    validValues.put("complaintWords", () -> "测试原话");
    validValues.put("said", () -> "测试沟通");
    validValues.put("correctsAttemptId", () -> "");
    validValues.put("back", () -> "/worklist");
    validValues.put("timelinePage", () -> "0");

    hostile.put("empty", "");
    hostile.put("blank", "  \u3000 ");
    hostile.put("100k characters", HUGE);
    hostile.put("25 Chinese characters (75 bytes)", "密".repeat(25));
    hostile.put("NUL", "a\u0000b");
    hostile.put("control characters", "\u0001\u0007\u001b[31m\u007f\u0085");
    hostile.put("tab and line breaks", "a\tb\r\nc");
    hostile.put("undecodable (U+FFFD)", "\uFFFD\uFFFD");
    hostile.put("lone surrogate", "a\uD800b");
    hostile.put("1e999999999", "1e999999999");
    hostile.put("1e9999999", "1e9999999");
    hostile.put("NaN", "NaN");
    hostile.put("negative", "-1");
    hostile.put("3 decimals", "1.001");
    hostile.put("full-width digits", "１２３");
    hostile.put("int max", "2147483647");
    hostile.put("20 digits", "99999999999999999999");
    hostile.put("int min", "-2147483648");
    hostile.put("day one", "0001-01-01");
    hostile.put("year +999999999", "+999999999-12-31");
    hostile.put("Feb 30", "2026-02-30");
    hostile.put("year 9999", "9999-12-31");
    hostile.put("another building's unit", estate.unitB.id().toString());
    hostile.put("another community", other.community.id().toString());
    hostile.put("another community's unit", other.unitA.id().toString());
    hostile.put("no such id", "987654321");
    hostile.put("script", SCRIPT);
    hostile.put("attribute", ATTRIBUTE);
  }

  private static String letters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }

  // --- the routes and their fields, from the handler mappings ---

  private List<Route> routes() {
    Map<String, Route> routes = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
      var methods = entry.getKey().getMethodsCondition().getMethods();
      List<String> verbs = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(RequestMethod::name).toList();
      Map<String, Class<?>> fields = new TreeMap<>();
      List<String> listFields = new ArrayList<>();
      for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
          String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
          fields.put(name, parameter.getParameterType());
        } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(parameter.getParameterType())) {
          for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
            if (property.getWriteMethod() == null) {
              continue;
            }
            Class<?> type = property.getPropertyType();
            if (Collection.class.isAssignableFrom(type)) {
              listFields.add(property.getName());
              type = elementType(property.getWriteMethod().getGenericParameterTypes()[0]);
            }
            fields.put(property.getName(), type);
          }
        }
      }
      for (String pattern : entry.getKey().getPatternValues()) {
        for (String verb : verbs) {
          Route route = new Route(verb, pattern, pathVariables(pattern), fields, listFields);
          routes.put(route.name(), route);
        }
      }
    }
    return new ArrayList<>(routes.values());
  }

  private static boolean isForm(Class<?> type) {
    return type.getName().startsWith("com.collection.") && !type.isEnum() && !BeanUtils.isSimpleProperty(type);
  }

  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    return String.class;
  }

  private static List<String> pathVariables(String pattern) {
    List<String> names = new ArrayList<>();
    Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(pattern);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private String validValue(String field, Class<?> type) {
    Supplier<String> byName = validValues.get(field);
    if (byName != null) {
      return byName.get();
    }
    if (type.isEnum()) {
      return ((Enum<?>) type.getEnumConstants()[0]).name();
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true";
    }
    if (type == LocalDate.class) {
      return today.toString();
    }
    if (type == BigDecimal.class) {
      return "1.00";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "1";
    }
    return "测试";
  }

  // --- sending ---

  /** One request: which route, which field (or path variable) got which value, as whom. */
  record Probe(Route route, String field, String valueName, String value, String role) {

    @Override
    public String toString() {
      return route.name() + " " + field + "=" + valueName + " as " + role;
    }
  }

  private List<Probe> probes(List<Route> routes) {
    Random random = new Random(SEED);
    List<String> roleNames = List.of("ADMIN", "MANAGER", "STAFF");
    List<Probe> probes = new ArrayList<>();
    for (Route route : routes) {
      List<String> slots = new ArrayList<>();
      route.pathVariables().forEach(v -> slots.add("{" + v + "}"));
      slots.addAll(route.fields().keySet());
      if (slots.isEmpty()) {
        roleNames.forEach(role -> probes.add(new Probe(route, null, "nothing", null, role)));
        continue;
      }
      for (String slot : slots) {
        // each field sees every role: the roles are dealt round, starting at a seeded place
        int first = random.nextInt(roleNames.size());
        int i = 0;
        for (Map.Entry<String, String> value : hostile.entrySet()) {
          if (slot.startsWith("{") && !PATH_VALUES.contains(value.getKey())) {
            continue;
          }
          probes.add(new Probe(route, slot, value.getKey(), value.getValue(), roleNames.get((first + i++) % 3)));
        }
      }
      for (String list : route.listFields()) {
        int i = random.nextInt(roleNames.size());
        for (String index : List.of("255", "-1", "abc", "0")) {
          probes.add(new Probe(route, list + "[" + index + "]", "index " + index, validValue(list, Long.class),
              roleNames.get(i++ % 3)));
        }
      }
    }
    return probes;
  }

  private MockHttpServletRequestBuilder build(Probe probe) {
    Route route = probe.route();
    String path = route.pattern();
    for (String variable : route.pathVariables()) {
      Supplier<String> fill = pathValues.get(variable);
      assertThat(fill).as("how to fill {" + variable + "} of " + route.name() + " (add it to pathValues)").isNotNull();
      String value = probe.field() != null && probe.field().equals("{" + variable + "}") ? probe.value() : fill.get();
      path = path.replace("{" + variable + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, Class<?>> field : route.fields().entrySet()) {
      if (!field.getKey().equals(probe.field())) {
        parameters.put(field.getKey(), validValue(field.getKey(), field.getValue()));
      }
    }
    if (probe.field() != null && !probe.field().startsWith("{")) {
      parameters.put(probe.field(), probe.value());
    }
    // a GET carries its parameters in the query string, as a browser's would (pages echo links to it)
    boolean get = route.method().equals("GET");
    if (get && !parameters.isEmpty()) {
      StringBuilder query = new StringBuilder();
      parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
          .append(queryEncoded(name)).append('=').append(queryEncoded(value)));
      path += query;
    }
    MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route.method()), URI.create(path))
        .with(user(principal(roles.get(probe.role()))));
    if (!get) {
      builder.with(csrf());
      parameters.forEach(builder::param);
    }
    return builder;
  }

  /** Every character but letters and digits percent-encoded (a '+' would be a space to Tomcat). */
  private static String queryEncoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  record Sent(MockHttpServletResponse response, long wallNanos, long cpuNanos) {
  }

  private Sent send(Probe probe) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    MockHttpServletResponse response = mvc.perform(build(probe)).andReturn().getResponse();
    return new Sent(response, System.nanoTime() - started, threads.getCurrentThreadCpuTime() - cpu);
  }

  @Test
  void everyFieldOfEveryRouteTakesHostileValuesWithoutHarm() throws Exception {
    long started = System.nanoTime();
    List<Route> routes = routes();
    assertThat(routes).extracting(Route::name).contains("POST /units/{unitId}/payments",
        "POST /billing/fee-items/{feeItemId}/rates", "POST /cashup");
    List<Probe> probes = probes(routes);
    int fields = routes.stream().mapToInt(r -> r.pathVariables().size() + r.fields().size() + r.listFields().size())
        .sum();

    List<String> problems = new ArrayList<>();
    Map<String, Long> millisByRoute = new TreeMap<>();
    for (Probe probe : probes) {
      try {
        Sent sent = send(probe);
        millisByRoute.merge(probe.route().name(), sent.wallNanos() / 1_000_000, Long::sum);
        if (sent.wallNanos() > SLOW_NANOS && sent.cpuNanos() < SLOW_NANOS) {
          sent = send(probe); // slow but not busy: the machine was, try once more
        }
        problems.addAll(judge(probe, sent));
      } catch (Exception e) {
        // an exception out of MockMvc is one that no handler turned into a page: a 500 in Tomcat
        problems.add(probe + ": " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage())
            .substring(0, Math.min(200, String.valueOf(e.getMessage()).length())));
      }
    }
    problems.addAll(storedThatShouldHaveBeenRefused());

    System.out.printf("HostileInputTest: %d routes, %d fields (path variables, parameters, form properties and"
            + " list indexes), %d hostile values: %d requests over MockMvc (seed %d) in %d s%n", routes.size(),
        fields, hostile.size(), probes.size(), SEED, (System.nanoTime() - started) / 1_000_000_000);
    millisByRoute.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
        .forEach(e -> System.out.printf("  %6d ms  %s%n", e.getValue(), e.getKey()));
    problems.forEach(problem -> System.out.println("  " + problem));
    assertThat(problems).as("harm done by hostile input").isEmpty();
  }

  private List<String> judge(Probe probe, Sent sent) throws Exception {
    List<String> problems = new ArrayList<>();
    MockHttpServletResponse response = sent.response();
    if (response.getStatus() >= 500) {
      problems.add(probe + ": status " + response.getStatus());
    }
    if (sent.wallNanos() > SLOW_NANOS) {
      problems.add(probe + ": " + sent.wallNanos() / 1_000_000 + " ms (" + sent.cpuNanos() / 1_000_000 + " ms of CPU)");
    }
    String body = response.getContentAsString();
    if (body.length() > MAX_BODY) {
      problems.add(probe + ": a body of " + body.length() + " characters");
    }
    if (body.contains(SCRIPT) || body.contains("<img src=x onerror=alert(1)>")) {
      problems.add(probe + ": the hostile markup is in the page unescaped");
    }
    if (body.contains(HUGE_ECHO)) {
      problems.add(probe + ": the 100,000 characters are echoed beyond their first few dozen");
    }
    for (String header : response.getHeaderNames()) {
      for (String value : response.getHeaders(header)) {
        if (value.contains("\r") || value.contains("\n") || value.contains(SCRIPT)) {
          problems.add(probe + ": header " + header + " carries the hostile value: " + value);
        }
      }
    }
    return problems;
  }

  // --- afterwards: what got stored ---

  private List<String> storedThatShouldHaveBeenRefused() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> problems = new ArrayList<>();
    String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
    List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name, data_type"
        + " FROM information_schema.columns WHERE table_schema = ? AND table_name <> 'flyway_schema_history'"
        + " ORDER BY table_name, column_name", schema);
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("table_name");
      String name = (String) column.get("column_name");
      String type = (String) column.get("data_type");
      String col = "\"" + name + "\"";
      String where = switch (type) {
        case "character varying", "text", "character" -> col + " ~ '[\\x01-\\x1f\\x7f-\\u009f]' OR strpos(" + col
            + ", '" + HUGE_ECHO + "') > 0";
        case "numeric", "integer", "bigint", "smallint", "double precision", "real" ->
            name.equals("id") || name.endsWith("_id") ? null : "ABS(" + col + ") >= " + BEYOND_ANY_FIGURE;
        case "date" -> col + " < DATE '" + FormBinding.FIRST_YEAR + "-01-01' OR " + col + " > DATE '"
            + FormBinding.LAST_YEAR + "-12-31'";
        default -> null;
      };
      if (where == null) {
        continue;
      }
      Long found = jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + where, Long.class);
      if (found != null && found > 0) {
        problems.add("stored: " + found + " row(s) of " + table + "." + name + " hold what should have been refused ("
            + where + ")");
      }
    }
    assertThat(columns).as("columns scanned").hasSizeGreaterThan(50);
    return problems;
  }

  // --- bytes that are not UTF-8, over the real server ---

  /**
   * Every field of every GET and POST route (and a parameter {@code x} no route reads), as a
   * signed-in admin with the form's CSRF token, so that a request gets as far as it can (signed
   * out, Spring Security's request cache already fails most of them, in Tomcat, with a 400).
   */
  @Test
  void everyFieldOfEveryRouteRefusesBytesThatAreNotUtf8() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String session = signIn(http);
    String token = csrfToken(http, session);
    List<Route> routes = routes();
    List<String> problems = new ArrayList<>();
    int sent = 0;
    for (Route route : routes) {
      String path = route.pattern();
      for (String variable : route.pathVariables()) {
        assertThat(pathValues).as("how to fill {" + variable + "} of " + route.name()).containsKey(variable);
        path = path.replace("{" + variable + "}", pathValues.get(variable).get());
      }
      if (!List.of("GET", "POST").contains(route.method())) {
        continue;
      }
      List<String> fields = new ArrayList<>(route.fields().keySet());
      fields.add("x");
      for (String field : fields) {
        for (String bytes : List.of("%FF", "%C0%AF", "a%E7%8E")) {
          HttpRequest.Builder request = route.method().equals("GET")
              ? HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?" + field + "=" + bytes))
              : HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&" + field + "=" + bytes));
          HttpResponse<String> response = http.send(request.header("Cookie", session).build(),
              HttpResponse.BodyHandlers.ofString());
          sent++;
          if (response.statusCode() != 400) {
            problems.add(route.name() + " " + field + "=" + bytes + ": status " + response.statusCode());
          }
        }
      }
    }
    System.out.printf("HostileInputTest: %d requests with bytes that are not UTF-8 over the real server%n", sent);
    assertThat(sent).isGreaterThan(routes.size());
    assertThat(problems).as("undecodable parameters not answered 400").isEmpty();
  }

  /** The admin signs in through the real sign-in form: the session cookie. */
  private String signIn(HttpClient http) throws Exception {
    StaffMember admin = roles.get("ADMIN");
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .build(), HttpResponse.BodyHandlers.ofString());
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + admin.username() + "&password=" + ADMIN_PASSWORD
            + "&_csrf=" + csrfIn(page.body())))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
    return signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
  }

  private String csrfToken(HttpClient http, String session) throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/account/password")).header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("a page with a form").isEqualTo(200);
    return csrfIn(page.body());
  }

  private static String csrfIn(String html) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as("a CSRF token in the page").isTrue();
    return token.group(1);
  }
}
