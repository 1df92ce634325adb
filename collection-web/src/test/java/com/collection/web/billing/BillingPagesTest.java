package com.collection.web.billing;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.billing.Bill;
import com.collection.core.billing.BillStatus;
import com.collection.core.billing.Bills;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.ManageFeeItems;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A manager sets up fee items, previews and runs a month, and voids and reissues a bill, over HTTP. */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  ManageFeeItems feeItems;
  @Autowired
  Bills bills;
  @Autowired
  JdbcTemplate jdbc;

  EstateFixture estate;
  FeeItem serviceFee;

  @BeforeAll
  void billedEstate() throws Exception {
    estate = new EstateFixture(context);
    mvc.perform(post("/billing/communities/{id}/fee-items", estate.community.id()).with(asManager()).with(csrf())
            .param("name", "物业服务费").param("kind", "PER_AREA").param("cycle", "MONTHLY").param("dueDay", "15")
            .param("billsVacant", "true"))
        .andExpect(redirectedUrlPattern("/billing/communities/*/fee-items"));
    serviceFee = feeItems.ofCommunity(estate.community.id()).get(0);
    mvc.perform(post("/billing/fee-items/{id}/rates", serviceFee.id()).with(asManager()).with(csrf())
            .param("use", "RESIDENTIAL").param("effectiveFrom", "2025-01-01").param("rate", "2.80"))
        .andExpect(status().is3xxRedirection());
  }

  private RequestPostProcessor asManager() {
    return user(principal(estate.manager));
  }

  @Test
  void theRunsListShowsEveryCommunitysRuns() throws Exception {
    runMonth("2025-12");
    mvc.perform(get("/billing/runs").with(asManager()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(estate.community.name())))
        .andExpect(content().string(containsString("2025-12")));
  }

  @Test
  void theFeeItemsPageShowsTheItemAndItsRate() throws Exception {
    mvc.perform(get("/billing/communities/{id}/fee-items", estate.community.id()).with(asManager()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("物业服务费")))
        .andExpect(content().string(containsString("2.8")));
  }

  @Test
  void aManagerPreviewsThenRunsAMonthAndTheUnitPageShowsTheBasis() throws Exception {
    mvc.perform(post("/billing/runs/preview").with(asManager()).with(csrf())
            .param("communityId", estate.community.id().toString())
            .param("feeItemIds", serviceFee.id().toString()).param("period", "2026-03"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"run-preview\"")))
        .andExpect(content().string(containsString("¥583.80")));   // 88.50×2.8 + 120.00×2.8
    String runPage = mvc.perform(post("/billing/runs").with(asManager()).with(csrf())
            .param("communityId", estate.community.id().toString())
            .param("feeItemIds", serviceFee.id().toString()).param("period", "2026-03"))
        .andExpect(redirectedUrlPattern("/billing/runs/*"))
        .andExpect(flash().attribute("message", "billing.run.started"))
        .andReturn().getResponse().getRedirectedUrl();
    BillRunPagesTest.awaitEnd(context, runPage);
    mvc.perform(get("/units/{id}", estate.unitA.id()).with(user(principal(estate.staffA))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2.80 元/㎡·月 × 88.50 ㎡ × 1 个月")))
        .andExpect(content().string(containsString("247.80")))
        .andExpect(content().string(not(containsString("void-form"))));
  }

  @Test
  void aManagerVoidsAnUnpaidBillWithAReasonAndReissuesIt() throws Exception {
    runMonth("2026-02");
    Bill bill = billOf(estate.unitB.id(), "2026-02");
    mvc.perform(post("/bills/{id}/void", bill.id()).with(asManager()).with(csrf()).param("reason", " "))
        .andExpect(flash().attribute("problem", "bill.void.reasonRequired"));
    assertThat(bills.byId(bill.id()).orElseThrow().status()).isEqualTo(BillStatus.ISSUED);

    mvc.perform(post("/bills/{id}/void", bill.id()).with(asManager()).with(csrf()).param("reason", "面积录入错误"))
        .andExpect(flash().attribute("message", "bill.voided"));
    assertThat(bills.byId(bill.id()).orElseThrow().status()).isEqualTo(BillStatus.VOIDED);

    mvc.perform(post("/bills/{id}/reissue", bill.id()).with(asManager()).with(csrf()))
        .andExpect(flash().attribute("message", "bill.reissued"));
    mvc.perform(get("/units/{id}", estate.unitB.id()).with(asManager()))
        .andExpect(content().string(containsString("面积录入错误")))
        .andExpect(content().string(containsString("2026-02（第 1 版）")));
  }

  @Test
  void aPaidBillCannotBeVoided() throws Exception {
    runMonth("2026-01");
    Bill bill = billOf(estate.unitA.id(), "2026-01");
    jdbc.update("UPDATE bill SET paid = 1.00 WHERE id = ?", bill.id());
    mvc.perform(post("/bills/{id}/void", bill.id()).with(asManager()).with(csrf()).param("reason", "错误"))
        .andExpect(flash().attribute("problem", "bill.void.paid"));
    assertThat(bills.byId(bill.id()).orElseThrow().status()).isEqualTo(BillStatus.ISSUED);
  }

  @Test
  void badRatesAndPeriodsGetAMessageAndChangeNothing() throws Exception {
    int rates = feeItems.byId(serviceFee.id()).rates().size();
    mvc.perform(post("/billing/fee-items/{id}/rates", serviceFee.id()).with(asManager()).with(csrf())
            .param("use", "COMMERCIAL").param("effectiveFrom", "2026-01-01").param("rate", "4.50001"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("rate-errors")));
    mvc.perform(post("/billing/fee-items/{id}/rates", serviceFee.id()).with(asManager()).with(csrf())
            .param("use", "COMMERCIAL").param("effectiveFrom", "2026-01-01").param("rate", "-1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("rate-errors")));
    mvc.perform(post("/billing/fee-items/{id}/rates", serviceFee.id()).with(asManager()).with(csrf())
            .param("use", "COMMERCIAL").param("effectiveFrom", "not a date").param("rate", "abc"))
        .andExpect(status().isOk());
    assertThat(feeItems.byId(serviceFee.id()).rates()).hasSize(rates);

    mvc.perform(post("/billing/runs/preview").with(asManager()).with(csrf())
            .param("communityId", estate.community.id().toString())
            .param("feeItemIds", serviceFee.id().toString()).param("period", "2026/05"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("账期格式应为 2026-05、2026-Q2 或 2026")))
        .andExpect(content().string(not(containsString("id=\"run-preview\""))));
    mvc.perform(post("/billing/runs").with(asManager()).with(csrf())
            .param("communityId", estate.community.id().toString()).param("period", "2026-05"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请至少选择一个收费项目")));
    mvc.perform(post("/billing/communities/{id}/fee-items", estate.community.id()).with(asManager()).with(csrf())
            .param("name", "").param("kind", "PER_AREA").param("cycle", "MONTHLY").param("dueDay", "31"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is-invalid")));
  }

  @Test
  void aCommunityWithoutFeeItemsCannotBeRun() throws Exception {
    EstateFixture other = new EstateFixture(context);
    mvc.perform(post("/billing/runs/preview").with(user(principal(other.manager))).with(csrf())
            .param("communityId", other.community.id().toString())
            .param("feeItemIds", serviceFee.id().toString()).param("period", "2026-05"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("还没有收费项目")));
  }

  private void runMonth(String period) throws Exception {
    String runPage = mvc.perform(post("/billing/runs").with(asManager()).with(csrf())
            .param("communityId", estate.community.id().toString())
            .param("feeItemIds", serviceFee.id().toString()).param("period", period))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    BillRunPagesTest.awaitEnd(context, runPage);
  }

  private Bill billOf(long unitId, String period) {
    List<Bill> found = bills.ofUnit(unitId).stream()
        .filter(b -> b.period().key().equals(period) && b.isLive()).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
