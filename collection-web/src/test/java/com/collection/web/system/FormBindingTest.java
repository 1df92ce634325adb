package com.collection.web.system;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.adjustment.Adjustments;
import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.cashup.CashUps;
import com.collection.core.estate.ViewEstate;
import com.collection.core.payment.Payments;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What every form's binder does with numbers and text before anything else sees them: huge
 * exponents, control characters, indexed list parameters and over-long text get a message (or a
 * 400), quickly, store nothing, and a rejected value is never echoed beyond its first few dozen
 * characters.
 */
@WebAppTest
class FormBindingTest {

  /** A request whose number is refused must not take more CPU than this (it was 5–6 s). */
  private static final long FAST_MILLIS = 1_000;

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  Bills bills;
  @Autowired
  Adjustments adjustments;
  @Autowired
  CashUps cashUps;
  @Autowired
  Payments payments;
  @Autowired
  ManageFeeItems feeItems;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  ViewEstate viewEstate;
  @Autowired
  Clock clock;

  private static RequestPostProcessor as(StaffMember member) {
    return user(principal(member));
  }

  /** The request, which must not take a second of CPU (MockMvc serves it on this thread). */
  private MvcResult timed(MockHttpServletRequestBuilder request) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long started = threads.getCurrentThreadCpuTime();
    MvcResult result = mvc.perform(request).andReturn();
    long millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
    assertThat(millis).as("CPU milliseconds for " + result.getRequest().getRequestURI()).isLessThan(FAST_MILLIS);
    return result;
  }

  @Test
  void aHugeExponentOnTheAdjustmentFormIsAQuickFieldError() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    estate.billServiceFee(context, "2026-01");
    Bill bill = bills.ofUnit(estate.unitA.id()).get(0);
    for (String amount : List.of("1e9999999", "1e999999999", "1E+5", "NaN", "Infinity", "１２", "0x10", "1_000",
        "1".repeat(30))) {
      MvcResult result = timed(post("/units/" + estate.unitA.id() + "/adjustments").with(as(estate.staffA)).with(csrf())
          .param("billId", bill.id().toString()).param("kind", "WAIVER").param("amount", amount)
          .param("reason", "漏水"));
      assertThat(result.getResponse().getStatus()).as(amount).isEqualTo(200);
      assertThat(result.getResponse().getContentAsString()).as(amount).contains("请输入金额");
    }
    assertThat(adjustments.ofUnit(estate.unitA.id())).as("nothing requested").isEmpty();
  }

  @Test
  void aHugeExponentAsCountedCashIsAQuickFieldError() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    LocalDate today = LocalDate.now(clock);
    for (String counted : List.of("1e9999999", "1e999999999", "NaN", "１２", "1".repeat(30))) {
      MvcResult result = timed(post("/cashup").with(as(estate.staffA)).with(csrf()).param("day", today.toString())
          .param("counted", counted).param("reason", "点错"));
      assertThat(result.getResponse().getStatus()).as(counted).isEqualTo(200);
      String body = result.getResponse().getContentAsString();
      assertThat(body).as(counted).contains("实点现金应为金额");
      assertThat(body).as("the message quotes only the value's first characters")
          .doesNotContain("：" + "1".repeat(25));
    }
    assertThat(cashUps.of(estate.staffA.id(), today)).as("nothing submitted").isEmpty();
  }

  @Test
  void aHugeExponentAsAFeeRateIsRefusedWithoutEchoingItsDigits() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    StaffMember manager = estate.manager;
    FeeItem item = feeItems.create(estate.community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15,
        true, false);
    for (String rate : List.of("1e99999999", "1e999999999", "2.8e1")) {
      MvcResult result = timed(post("/billing/fee-items/" + item.id() + "/rates").with(as(manager)).with(csrf())
          .param("use", "RESIDENTIAL").param("effectiveFrom", "2026-01-01").param("rate", rate));
      assertThat(result.getResponse().getStatus()).as(rate).isEqualTo(200);
      assertThat(result.getResponse().getContentAsString()).as(rate).contains("单价应为数字")
          .hasSizeLessThan(200_000);
    }
    assertThat(feeItems.byId(item.id()).rates()).as("no rate stored").isEmpty();
  }

  @Test
  void aRejectedValueIsEchoedOnlyByItsFirstCharacters() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    String huge = "9".repeat(100_000);
    MvcResult result = timed(post("/admin/buildings/" + estate.buildingA.id() + "/units").with(user("admin").roles("ADMIN"))
        .with(csrf()).param("number", "909").param("floor", huge).param("area", huge).param("use", "RESIDENTIAL")
        .param("occupancy", "OCCUPIED"));
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String body = result.getResponse().getContentAsString();
    assertThat(body).contains("请输入整数").doesNotContain("9".repeat(100));
    assertThat(body.length()).isLessThan(100_000);
  }

  @Test
  void whatIsShownAgainOfARefusedValueIsShortAndPrintable() {
    assertThat(FormBinding.shown("9".repeat(100_000))).isEqualTo("9".repeat(FormBinding.ECHOED_LENGTH) + "…");
    assertThat(FormBinding.shown("a\u0000b\u001b")).isEqualTo("a\uFFFDb\uFFFD");
    String[] many = new String[1_000];
    java.util.Arrays.fill(many, "x".repeat(1_000));
    assertThat((String[]) FormBinding.shown(many)).hasSize(FormBinding.ECHOED_VALUES)
        .allSatisfy(v -> assertThat(v).hasSize(FormBinding.ECHOED_LENGTH + 1));
    assertThat(FormBinding.shown(7L)).isEqualTo(7L);
  }

  @Test
  void controlCharactersInTextAreRefusedWithAMessageAndNothingIsStored() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    LocalDate today = LocalDate.now(clock);
    for (String payer : List.of("王\u0000五", "王\u0007", "王\t五", "王\n五", "王\u007f", "王\u0085")) {
      mvc.perform(post("/units/" + estate.unitA.id() + "/payments").with(as(estate.staffA)).with(csrf())
              .param("amount", "10.00").param("method", "CASH").param("payer", payer)
              .param("receivedOn", today.toString()).param("token", UUID.randomUUID().toString()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("不能包含控制字符")));
    }
    assertThat(payments.ofUnit(estate.unitA.id())).as("nothing recorded").isEmpty();

    String name = "坏\u0000小区" + ThreadLocalRandom.current().nextInt(1_000_000);
    mvc.perform(post("/admin/communities/new").with(user("admin").roles("ADMIN")).with(csrf())
            .param("name", name).param("code", "N" + ThreadLocalRandom.current().nextInt(10_000))
            .param("feeYearStartMonth", "1").param("caseOpeningDays", "15"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能包含控制字符")));
    assertThat(viewEstate.communities()).noneMatch(c -> c.name().endsWith(name.substring(name.length() - 6)));
  }

  @Test
  void aControlCharacterInASearchIsABadRequest() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/payments").param("q", "YG\u0000").with(as(estate.staffA)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void indexedListParametersOutOfRangeAreABadRequest() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    LocalDate today = LocalDate.now(clock);
    for (String index : List.of("255", "256", "-1", "abc", "0", "99999999999")) {
      mvc.perform(post("/units/" + estate.unitA.id() + "/payments/preview").with(as(estate.staffA)).with(csrf())
              .param("amount", "10.00").param("method", "CASH").param("payer", "王五")
              .param("receivedOn", today.toString()).param("token", UUID.randomUUID().toString())
              .param("billIds[" + index + "]", "1"))
          .andExpect(status().isBadRequest());
    }
    StaffMember someone = manageStaff.create("idx" + ThreadLocalRandom.current().nextInt(1_000_000_000), "索引",
        Role.STAFF, EstateFixture.PASSWORD);
    for (String index : List.of("5", "0", "-1", "x")) {
      mvc.perform(post("/admin/staff/" + someone.id() + "/buildings").with(user("admin").roles("ADMIN")).with(csrf())
              .param("buildingIds[" + index + "]", estate.buildingA.id().toString()))
          .andExpect(status().isBadRequest());
    }
    assertThat(manageStaff.byId(someone.id()).buildingIds()).isEmpty();
  }

  @Test
  void anEmptyEntryInAListOfIdsIsIgnored() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    estate.billServiceFee(context, "2026-01");
    Bill bill = bills.ofUnit(estate.unitA.id()).get(0);
    LocalDate today = LocalDate.now(clock);
    mvc.perform(post("/units/" + estate.unitA.id() + "/payments/preview").with(as(estate.staffA)).with(csrf())
            .param("amount", "10.00").param("method", "CASH").param("payer", "王五")
            .param("receivedOn", today.toString()).param("token", UUID.randomUUID().toString())
            .param("billIds", " ", bill.id().toString(), ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"payment-preview\"")));
  }

  @Test
  void aFormPageAskedWithParametersThatDoNotBindIsABadRequest() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/admin/staff/new").param("role", "NOBODY").with(user("admin").roles("ADMIN")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/account/password").param("newPassword", "a\u0000b").with(as(estate.staffA)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/admin/communities/new").param("feeYearStartMonth", "x").with(user("admin").roles("ADMIN")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aHugeIdInThePathIsNotEchoedInThePagesLinks() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    String huge = "9".repeat(100_000);
    String body = mvc.perform(get("/units/" + huge).with(as(estate.staffA)))
        .andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString();
    assertThat(body).contains("请求无效").doesNotContain("9".repeat(100));
    body = mvc.perform(get(java.net.URI.create("/payments?q=" + "x".repeat(100_000))).with(as(estate.staffA)))
        .andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString();
    assertThat(body).doesNotContain("x".repeat(100));
  }

  @Test
  void theErrorPageAskedForDirectlyDoesNotExist() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/error").with(as(estate.staffA))).andExpect(status().isNotFound());
    mvc.perform(post("/error").with(as(estate.staffA)).with(csrf())).andExpect(status().isNotFound());
  }

  @Test
  void theTooLongMessageNamesTheLimitNotTheField() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    estate.billServiceFee(context, "2026-01");
    Bill bill = bills.ofUnit(estate.unitA.id()).get(0);
    mvc.perform(post("/units/" + estate.unitA.id() + "/adjustments").with(as(estate.staffA)).with(csrf())
            .param("billId", bill.id().toString()).param("kind", "WAIVER").param("amount", "1.00")
            .param("reason", "长".repeat(201)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能超过 200 个字符")))
        .andExpect(content().string(not(containsString("不能超过 reason"))));
    mvc.perform(post("/units/" + estate.unitA.id() + "/adjustments").param("lang", "en").with(as(estate.staffA))
            .with(csrf()).param("billId", bill.id().toString()).param("kind", "WAIVER").param("amount", "1.00")
            .param("reason", "长".repeat(201)))
        .andExpect(content().string(containsString("At most 200 characters")));
    // a form whose @Size had no message of its own: a fee item's name
    mvc.perform(post("/billing/communities/" + estate.community.id() + "/fee-items").with(as(estate.manager))
            .with(csrf()).param("name", "长".repeat(51)).param("kind", "PER_AREA").param("cycle", "MONTHLY")
            .param("dueDay", "15"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能超过 50 个字符")));
    assertThat(adjustments.ofUnit(estate.unitA.id())).isEmpty();
  }
}
