package com.collection.web.cashup;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.cashup.CashUp;
import com.collection.core.cashup.CashUps;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The daily cash-up over HTTP: staff see and submit only their own day, only managers (another
 * person) confirm, a confirmed report can't be changed, bad input gets its message and changes
 * nothing; the managers' desks page and the receipt book.
 */
@WebAppTest
class CashUpPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  RecordPayment recordPayment;
  @Autowired
  CashUps cashUps;
  @Autowired
  Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static RequestPostProcessor as(StaffMember member) {
    return user(principal(member));
  }

  /** Staff A takes money for unit A (no bills: all of it credit). */
  private Payment takes(EstateFixture estate, String amount, PaymentMethod method) {
    return recordPayment.record(new RecordPaymentCommand(estate.unitA.id(), new BigDecimal(amount), method,
        estate.ownerA.name(), method == PaymentMethod.CASH ? null : UUID.randomUUID().toString(), today(), List.of(),
        UUID.randomUUID().toString(), Viewer.ownBuildings(estate.staffA.id())));
  }

  private MockHttpServletRequestBuilder submit(EstateFixture estate, String counted, String reason) {
    return post("/cashup").with(as(estate.staffA)).with(csrf()).param("day", today().toString())
        .param("counted", counted).param("reason", reason);
  }

  private String dayLink(EstateFixture estate) {
    return "/cashup?staff=" + estate.staffA.id() + "&day=" + today();
  }

  private CashUp report(EstateFixture estate) {
    return cashUps.of(estate.staffA.id(), today()).orElseThrow();
  }

  @Test
  void aCollectorSubmitsTheirDayAndAManagerConfirmsItAndThePrintAgrees() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    Payment cash = takes(estate, "300.00", PaymentMethod.CASH);
    takes(estate, "88.80", PaymentMethod.WECHAT_PAY);

    mvc.perform(get("/cashup").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"submit-form\"")))
        .andExpect(content().string(containsString(cash.receiptNumber())))
        .andExpect(content().string(containsString("388.80")))
        .andExpect(content().string(containsString("¥300.00")))
        .andExpect(content().string(not(containsString("id=\"confirm-form\""))));

    mvc.perform(submit(estate, "300", ""))
        .andExpect(redirectedUrl(dayLink(estate)))
        .andExpect(flash().attribute("message", "cashup.submitted"));
    CashUp submitted = report(estate);
    assertThat(submitted.counted()).isEqualTo(Money.of("300.00"));
    assertThat(submitted.difference()).isEqualTo(Money.ZERO);

    mvc.perform(get(dayLink(estate)).with(as(estate.manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"confirm-form\"")))
        .andExpect(content().string(not(containsString("id=\"submit-form\""))));
    mvc.perform(get("/cashup/desks").with(as(estate.manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"desk-" + estate.staffA.id() + "\"")))
        .andExpect(content().string(containsString(estate.staffA.displayName())));
    mvc.perform(post("/cashup/{id}/confirm", submitted.id()).param("revision", "1").with(as(estate.manager)).with(csrf()))
        .andExpect(redirectedUrl(dayLink(estate)))
        .andExpect(flash().attribute("message", "cashup.confirmed"));
    assertThat(report(estate).confirmed()).isTrue();
    assertThat(report(estate).confirmedBy()).isEqualTo(estate.manager.id());

    mvc.perform(get("/cashup/{id}/print", submitted.id()).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*/css/cashup-[0-9a-f]{32}\\.css.*")))
        .andExpect(content().string(containsString("id=\"net-total\">388.80<")))
        .andExpect(content().string(containsString(cash.receiptNumber())))
        .andExpect(content().string(containsString(estate.manager.displayName())));
  }

  @Test
  void staffSeeOnlyTheirOwnReportAndOnlyManagersConfirm() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    takes(estate, "50.00", PaymentMethod.CASH);
    mvc.perform(submit(estate, "50.00", "")).andExpect(redirectedUrl(dayLink(estate)));
    CashUp submitted = report(estate);

    mvc.perform(get(dayLink(estate)).with(as(estate.staffB)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/cashup/{id}/print", submitted.id()).with(as(estate.staffB)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/cashup").with(as(estate.staffB)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(estate.staffA.displayName()))));
    for (StaffMember staff : List.of(estate.staffA, estate.staffB)) {
      mvc.perform(post("/cashup/{id}/confirm", submitted.id()).param("revision", "1").with(as(staff)).with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(get("/cashup/desks").with(as(staff))).andExpect(status().isForbidden());
      mvc.perform(get("/receipt-book").with(as(staff))).andExpect(status().isForbidden());
    }
    assertThat(report(estate).confirmed()).isFalse();
  }

  @Test
  void thereIsNoDayOfSomeoneWhoDoesNotExist() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/cashup").param("staff", "99999999").with(as(estate.manager)))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("您要找的页面或记录不存在")));
    // a staff member asking is refused first, as for anyone else's day: whether the person exists stays unsaid
    mvc.perform(get("/cashup").param("staff", "99999999").with(as(estate.staffA)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aConfirmedReportCanNotBeChanged() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    takes(estate, "120.00", PaymentMethod.CASH);
    mvc.perform(submit(estate, "120.00", "")).andExpect(redirectedUrl(dayLink(estate)));
    CashUp submitted = report(estate);
    mvc.perform(post("/cashup/{id}/confirm", submitted.id()).param("revision", "1").with(as(estate.manager)).with(csrf()))
        .andExpect(flash().attribute("message", "cashup.confirmed"));

    mvc.perform(get("/cashup").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"submit-form\""))));
    mvc.perform(submit(estate, "100.00", "其实少了二十"))
        .andExpect(redirectedUrl(dayLink(estate)))
        .andExpect(flash().attribute("problem", "cashup.confirmed.final"));
    mvc.perform(get(dayLink(estate)).with(as(estate.staffA)).flashAttr("problem", "cashup.confirmed.final"))
        .andExpect(content().string(containsString("这份日报已确认，不能再修改或重新提交。")));

    CashUp after = report(estate);
    assertThat(after.revision()).isEqualTo(1);
    assertThat(after.counted()).isEqualTo(Money.of("120.00"));
    assertThat(after.reason()).isNull();
    assertThat(cashUps.revisions(after.id())).hasSize(1);
  }

  @Test
  void badInputGetsAClearMessageAndChangesNothing() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    takes(estate, "300.00", PaymentMethod.CASH);

    mvc.perform(submit(estate, "300.001", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"counted-error\"")))
        .andExpect(content().string(containsString("实点现金最多两位小数（到分）")));
    mvc.perform(submit(estate, "-5", "退了五元"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("实点现金不能为负数")));
    mvc.perform(submit(estate, "abc", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("实点现金应为金额")));
    mvc.perform(submit(estate, "290.00", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"reason-error\"")))
        .andExpect(content().string(containsString("实点与应交相差 -10.00 元，必须填写差额原因")));
    mvc.perform(post("/cashup").with(as(estate.staffA)).with(csrf()).param("day", "not-a-day").param("counted", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请输入日期")));
    assertThat(cashUps.of(estate.staffA.id(), today())).as("nothing stored").isEmpty();

    mvc.perform(submit(estate, "290.00", "找零少了十元")).andExpect(redirectedUrl(dayLink(estate)));
    CashUp submitted = report(estate);
    assertThat(submitted.difference()).isEqualTo(Money.of("-10.00"));
    mvc.perform(post("/cashup/{id}/confirm", submitted.id()).param("revision", "1").with(as(estate.manager)).with(csrf()))
        .andExpect(flash().attribute("message", "cashup.confirmed"));
    StaffMember secondManager = new EstateFixture(context).manager;
    mvc.perform(post("/cashup/{id}/confirm", submitted.id()).param("revision", "1").with(as(secondManager)).with(csrf()))
        .andExpect(redirectedUrl(dayLink(estate)))
        .andExpect(flash().attribute("problem", "cashup.confirm.already"));
    mvc.perform(post("/cashup/{id}/confirm", submitted.id()).param("revision", "x").with(as(secondManager)).with(csrf()))
        .andExpect(status().isBadRequest());
    assertThat(report(estate).confirmedBy()).isEqualTo(estate.manager.id());
  }

  @Test
  void aDayLongAgoOrInTheFutureIsRefusedWithAVisibleMessage() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    record Case(LocalDate day, String message) {
    }
    for (Case c : List.of(new Case(LocalDate.of(1, 1, 1), "请输入日期"),
        new Case(LocalDate.of(1900, 1, 1), "只能提交一年以内的日报"),
        new Case(today().minusYears(1).minusDays(1), "只能提交一年以内的日报"),
        new Case(today().plusDays(1), "不能提交今天以后的日报"),
        new Case(today().plusYears(5), "不能提交今天以后的日报"))) {
      mvc.perform(post("/cashup").with(as(estate.staffA)).with(csrf()).param("day", c.day().toString())
              .param("counted", "0"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("id=\"day-error\"")))
          .andExpect(content().string(containsString(c.message())));
      assertThat(cashUps.of(estate.staffA.id(), c.day())).as("nothing stored for " + c.day()).isEmpty();
    }
    // a year back is still a day one may hand over late
    LocalDate yearAgo = today().minusYears(1);
    mvc.perform(post("/cashup").with(as(estate.staffA)).with(csrf()).param("day", yearAgo.toString())
            .param("counted", "0"))
        .andExpect(redirectedUrl("/cashup?staff=" + estate.staffA.id() + "&day=" + yearAgo));
    assertThat(cashUps.of(estate.staffA.id(), yearAgo)).isPresent();
  }

  @Test
  void aManagerCanNotConfirmTheirOwnReportNorAStaleOne() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    takes(estate, "10.00", PaymentMethod.CASH);
    mvc.perform(submit(estate, "10.00", "")).andExpect(redirectedUrl(dayLink(estate)));
    CashUp submitted = report(estate);
    takes(estate, "5.00", PaymentMethod.CASH);

    mvc.perform(get(dayLink(estate)).with(as(estate.manager)))
        .andExpect(content().string(containsString("id=\"live-differs\"")));
    mvc.perform(post("/cashup/{id}/confirm", submitted.id()).param("revision", "1").with(as(estate.manager)).with(csrf()))
        .andExpect(flash().attribute("problem", "cashup.confirm.stale"));
    assertThat(report(estate).confirmed()).isFalse();

    mvc.perform(post("/cashup").with(as(estate.manager)).with(csrf()).param("day", today().toString()).param("counted", "0"))
        .andExpect(flash().attribute("message", "cashup.submitted"));
    long own = cashUps.of(estate.manager.id(), today()).orElseThrow().id();
    mvc.perform(post("/cashup/{id}/confirm", own).param("revision", "1").with(as(estate.manager)).with(csrf()))
        .andExpect(flash().attribute("problem", "cashup.confirm.own"));
    assertThat(cashUps.byId(own).orElseThrow().confirmed()).isFalse();
  }

  @Test
  void theReceiptBookListsTheYearsNumbersAndSaysWhetherTheyRunWithoutAGap() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    Payment first = takes(estate, "10.00", PaymentMethod.CASH);
    Payment second = takes(estate, "20.00", PaymentMethod.ALIPAY);

    mvc.perform(get("/receipt-book").param("community", estate.community.id().toString())
            .param("year", String.valueOf(today().getYear())).with(as(estate.manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"gap-check\"")))
        .andExpect(content().string(containsString("的收据号从 1 到 2 连续，没有缺号。")))
        .andExpect(content().string(containsString(first.receiptNumber())))
        .andExpect(content().string(containsString(second.receiptNumber())));
    mvc.perform(get("/receipt-book").param("community", estate.community.id().toString())
            .param("state", "VOID").with(as(estate.manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("没有符合条件的收据。")));
    mvc.perform(get("/receipt-book").param("community", estate.community.id().toString())
            .param("state", "NOPE").with(as(estate.manager)))
        .andExpect(status().isBadRequest());
  }
}
