package com.collection.web.security;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff route, listed from the handler mappings, must have a check here showing that a staff
 * member of another building is refused (or, for lists, never shown the other building's rows).
 * A new route without a check fails this test.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffRouteRefusalTest {

  @FunctionalInterface
  interface Check {
    void run() throws Exception;
  }

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  EstateFixture estate;
  final Map<String, Check> checks = new LinkedHashMap<>();

  @BeforeAll
  void checks() {
    estate = new EstateFixture(context);
    // staff member A asks for building B's data
    checks.put("GET /units/{unitId}", () -> mvc.perform(get("/units/" + estate.unitB.id()).with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.name())))));
    checks.put("GET /owners/{ownerId}", () -> mvc.perform(get("/owners/" + estate.ownerB.id()).with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.phone())))));
    checks.put("GET /units", () -> mvc.perform(get("/units").param("communityId", estate.community.id().toString()).with(asA()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/units/" + estate.unitA.id())))
        .andExpect(content().string(not(containsString("/units/" + estate.unitB.id()))))
        .andExpect(content().string(not(containsString(estate.ownerB.name())))));
    checks.put("GET /", () -> mvc.perform(get("/").with(asA()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("buildingId=" + estate.buildingB.id() + "\"")))));
    // payments: one for each unit (no bills, so all of it is credit), recorded by the manager
    var recordPayment = context.getBean(com.collection.core.payment.RecordPayment.class);
    var today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
    var paymentA = recordPayment.record(new com.collection.core.payment.RecordPaymentCommand(estate.unitA.id(),
        new java.math.BigDecimal("10.00"), com.collection.core.payment.PaymentMethod.CASH, "王甲", null, today,
        List.of(), java.util.UUID.randomUUID().toString(), com.collection.core.shared.Viewer.everything(estate.manager.id())));
    var paymentB = recordPayment.record(new com.collection.core.payment.RecordPaymentCommand(estate.unitB.id(),
        new java.math.BigDecimal("20.00"), com.collection.core.payment.PaymentMethod.CASH, "李乙", null, today,
        List.of(), java.util.UUID.randomUUID().toString(), com.collection.core.shared.Viewer.everything(estate.manager.id())));
    var payments = context.getBean(com.collection.core.payment.Payments.class);
    checks.put("GET /units/{unitId}/payments/new", () -> mvc.perform(get("/units/" + estate.unitB.id() + "/payments/new").with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.name())))));
    for (String path : List.of("/payments/preview", "/payments")) {
      checks.put("POST /units/{unitId}" + path, () -> {
        int before = payments.ofUnit(estate.unitB.id()).size();
        mvc.perform(request(HttpMethod.POST, "/units/" + estate.unitB.id() + path).with(asA()).with(csrf())
                .param("amount", "5.00").param("method", "CASH").param("payer", "甲")
                .param("receivedOn", today.toString()).param("token", java.util.UUID.randomUUID().toString()))
            .andExpect(status().isForbidden())
            .andExpect(content().string(not(containsString(estate.ownerB.name()))));
        assertThat(payments.ofUnit(estate.unitB.id())).as("nothing recorded for B").hasSize(before);
      });
    }
    checks.put("GET /payments/{paymentId}/receipt", () -> mvc.perform(get("/payments/" + paymentB.id() + "/receipt").with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(paymentB.receiptNumber())))));
    // reversing is for managers only: staff are refused even on their own building's payment
    checks.put("POST /payments/{paymentId}/reverse", () -> {
      for (var payment : List.of(paymentA, paymentB)) {
        mvc.perform(request(HttpMethod.POST, "/payments/" + payment.id() + "/reverse").with(asA()).with(csrf())
                .param("reason", "试试"))
            .andExpect(status().isForbidden());
        assertThat(payments.byId(payment.id()).orElseThrow().reversed()).isFalse();
      }
    });
    // late fees: unit B's January 2025 bill has accrued one (policy on); staff member A may not post it
    var feeItems = context.getBean(com.collection.core.billing.ManageFeeItems.class);
    var item = feeItems.create(estate.community.id(), "物业服务费", com.collection.core.billing.FeeKind.PER_AREA,
        com.collection.core.billing.BillingCycle.MONTHLY, 15, true, false);
    feeItems.addRate(item.id(), com.collection.core.estate.UnitUse.RESIDENTIAL, java.time.LocalDate.of(2024, 1, 1),
        new java.math.BigDecimal("2.80"));
    context.getBean(com.collection.core.billing.RunBilling.class).run(estate.community.id(), List.of(item.id()),
        "2025-01", null);
    context.getBean(com.collection.core.latefee.ManageLateFeePolicy.class).save(estate.community.id(), true,
        new java.math.BigDecimal("0.05"), 0, new java.math.BigDecimal("20"), estate.manager.id());
    var bills = context.getBean(com.collection.core.billing.Bills.class);
    long billOfB = bills.ofUnit(estate.unitB.id()).get(0).id();
    checks.put("POST /bills/{billId}/late-fee", () -> {
      mvc.perform(request(HttpMethod.POST, "/bills/" + billOfB + "/late-fee").with(asA()).with(csrf()))
          .andExpect(status().isForbidden())
          .andExpect(content().string(not(containsString(estate.ownerB.name()))));
      assertThat(bills.ofUnit(estate.unitB.id())).as("no late fee posted for B")
          .noneMatch(com.collection.core.billing.Bill::lateFee);
    });
    // arrears: the 2025-01 bills are long past due, so each unit has an open case
    var arrearsCases = context.getBean(com.collection.core.arrears.ArrearsCases.class);
    long caseOfB = arrearsCases.latestOfUnit(estate.unitB.id()).orElseThrow().id();
    checks.put("GET /worklist", () -> {
      // (unit A paid today, so it is off A's list too; B's must never be on it)
      mvc.perform(get("/worklist").with(asA()))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString("/units/" + estate.unitB.id()))))
          .andExpect(content().string(not(containsString(estate.ownerB.name()))));
      mvc.perform(get("/worklist").param("staff", estate.staffB.id().toString()).with(asA()))
          .andExpect(status().isForbidden())
          .andExpect(content().string(not(containsString(estate.ownerB.name()))));
      mvc.perform(get("/worklist").param("building", estate.buildingB.id().toString()).with(asA()))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString("/units/" + estate.unitB.id()))))
          .andExpect(content().string(not(containsString(estate.ownerB.name()))));
    });
    checks.put("GET /worklist/completion", () -> mvc.perform(get("/worklist/completion").with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.staffB.displayName())))));
    checks.put("GET /cases/{caseId}/attempts/new", () -> mvc.perform(get("/cases/" + caseOfB + "/attempts/new")
            .with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.name())))));
    checks.put("POST /cases/{caseId}/attempts", () -> {
      int before = arrearsCases.byId(caseOfB).orElseThrow().attempts();
      mvc.perform(request(HttpMethod.POST, "/cases/" + caseOfB + "/attempts").with(asA()).with(csrf())
              .param("channel", "PHONE").param("reached", "OWNER").param("outcome", "UNCONFIRMED"))
          .andExpect(status().isForbidden())
          .andExpect(content().string(not(containsString(estate.ownerB.name()))));
      assertThat(arrearsCases.byId(caseOfB).orElseThrow().attempts()).as("nothing logged on B's case").isEqualTo(before);
    });
    checks.put("GET /buildings/{buildingId}/visit-sheet", () -> mvc.perform(get("/buildings/" + estate.buildingB.id()
            + "/visit-sheet").with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.name())))));
    checks.put("GET /payments", () -> mvc.perform(get("/payments").param("q", estate.community.code()).with(asA()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/payments/" + paymentA.id() + "/receipt")))
        .andExpect(content().string(not(containsString("/payments/" + paymentB.id() + "/receipt"))))
        .andExpect(content().string(not(containsString(paymentB.receiptNumber())))));
    // adjustments, the ledger and statements of building B's unit and owner
    var adjustments = context.getBean(com.collection.core.adjustment.Adjustments.class);
    checks.put("GET /units/{unitId}/adjustments/new", () -> mvc.perform(get("/units/" + estate.unitB.id()
            + "/adjustments/new").with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.name())))));
    checks.put("POST /units/{unitId}/adjustments", () -> {
      mvc.perform(request(HttpMethod.POST, "/units/" + estate.unitB.id() + "/adjustments").with(asA()).with(csrf())
              .param("billId", "1").param("kind", "WAIVER").param("amount", "1.00").param("reason", "试探"))
          .andExpect(status().isForbidden());
      assertThat(adjustments.ofUnit(estate.unitB.id())).as("nothing requested for B").isEmpty();
    });
    for (String path : List.of("/ledger", "/statement")) {
      checks.put("GET /units/{unitId}" + path, () -> mvc.perform(get("/units/" + estate.unitB.id() + path).with(asA()))
          .andExpect(status().isForbidden())
          .andExpect(content().string(not(containsString(paymentB.receiptNumber())))));
    }
    checks.put("GET /owners/{ownerId}/statement", () -> mvc.perform(get("/owners/" + estate.ownerB.id() + "/statement")
            .with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(paymentB.receiptNumber())))));
    // cash-up: a staff member sees, prints and submits only their own report (B's is submitted for today)
    var cashUps = context.getBean(com.collection.core.cashup.CashUps.class);
    var reportB = context.getBean(com.collection.core.cashup.SubmitCashUp.class).submit(estate.staffB.id(), today, "0", null);
    checks.put("GET /cashup", () -> mvc.perform(get("/cashup").param("staff", estate.staffB.id().toString())
            .param("day", today.toString()).with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.staffB.displayName())))));
    checks.put("GET /cashup/{cashUpId}/print", () -> mvc.perform(get("/cashup/" + reportB.id() + "/print").with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.staffB.displayName())))));
    checks.put("POST /cashup", () -> {
      mvc.perform(request(HttpMethod.POST, "/cashup").with(asA()).with(csrf()).param("staff", estate.staffB.id().toString())
          .param("day", today.toString()).param("counted", "99.00").param("reason", "试试"));
      assertThat(cashUps.byId(reportB.id()).orElseThrow().revision()).as("B's report untouched").isEqualTo(1);
      assertThat(cashUps.byId(reportB.id()).orElseThrow().counted()).isEqualTo(com.collection.core.shared.Money.ZERO);
    });
    // rate boards are published: every staff member sees every ranking ("visible to every staff
    // member"), but only their own buildings' arrears lists
    checks.put("GET /boards", () -> mvc.perform(get("/boards").param("community", estate.community.id().toString())
            .with(asA()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(estate.buildingB.name())))
        .andExpect(content().string(containsString("/boards/buildings/" + estate.buildingA.id())))
        .andExpect(content().string(not(containsString("/boards/buildings/" + estate.buildingB.id())))));
    checks.put("GET /boards/buildings/{buildingId}", () -> mvc.perform(get("/boards/buildings/"
            + estate.buildingB.id()).with(asA()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.name())))));
    // routes that hold no building's data: the sign-in, the denied page, one's own password
    Check noBuildingData = () -> mvc.perform(get("/account/password").with(asA()))
        .andExpect(content().string(not(containsString(estate.ownerB.name()))));
    for (String route : List.of("GET /login", "GET /account/password", "POST /account/password",
        "GET /error", "POST /error", "PUT /error", "DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error",
        // the access-denied page answers every method (a refused POST is forwarded to it as a POST)
        "GET /denied", "POST /denied", "PUT /denied", "DELETE /denied", "PATCH /denied", "HEAD /denied",
        "OPTIONS /denied")) {
      checks.put(route, noBuildingData);
    }
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor asA() {
    return user(principal(estate.staffA));
  }

  /** Pages for managers and admins only: a staff member is refused whatever the ids point at. */
  private static final List<String> MANAGER_ONLY = List.of(" /admin", " /billing", " /bills/", " /adjustments",
      " /cashup/desks", " /cashup/{cashUpId}/confirm", " /receipt-book", " /audit");

  /** Staff routes under those paths: each has its own check above. */
  private static final List<String> STAFF_UNDER_MANAGER_PATHS = List.of("POST /bills/{billId}/late-fee");

  private static boolean managerOnly(String route) {
    return !STAFF_UNDER_MANAGER_PATHS.contains(route) && MANAGER_ONLY.stream().anyMatch(route::contains);
  }

  @Test
  void everyRouteHasARefusalCheck() {
    List<String> routes = routes();
    assertThat(routes).as("routes found").contains("GET /units/{unitId}");
    List<String> missing = new ArrayList<>();
    for (String route : routes) {
      if (!managerOnly(route) && !checks.containsKey(route)) {
        missing.add(route);
      }
    }
    assertThat(missing).as("staff routes without a check that another building's staff member is refused").isEmpty();
  }

  @Test
  void aStaffMemberOfAnotherBuildingIsRefusedOnEveryRoute() throws Exception {
    for (String route : routes()) {
      if (managerOnly(route)) {
        roleRouteRefusesStaff(route);
      } else {
        checks.get(route).run();
      }
    }
  }

  private void roleRouteRefusesStaff(String route) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1)
        .replaceAll("\\{[^}]*(unit|Unit)[^}]*}", String.valueOf(estate.unitB.id()))
        .replaceAll("\\{[^}]*(building|Building)[^}]*}", String.valueOf(estate.buildingB.id()))
        .replaceAll("\\{[^}]*(staff|Staff)[^}]*}", String.valueOf(estate.staffB.id()))
        .replaceAll("\\{[^}]*(bill|Bill|feeItem|run)[^}]*}", "1")
        .replaceAll("\\{[^}]*}", String.valueOf(estate.community.id()));
    mvc.perform(request(HttpMethod.valueOf(method), path).with(asA()).with(csrf()))
        .andExpect(status().isForbidden());
  }

  private List<String> routes() {
    TreeSet<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      var methods = info.getMethodsCondition().getMethods();
      List<String> verbs = methods.isEmpty()
          ? List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
          : methods.stream().map(RequestMethod::name).toList();
      for (String pattern : info.getPatternValues()) {
        for (String verb : verbs) {
          routes.add(verb + " " + pattern);
        }
      }
    }
    return new ArrayList<>(routes);
  }
}
