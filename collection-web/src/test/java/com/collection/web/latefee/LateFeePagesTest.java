package com.collection.web.latefee;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.latefee.AccruedLateFees;
import com.collection.core.latefee.LateFeePolicies;
import com.collection.core.latefee.LateFeePolicy;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.shared.Money;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The late-fee policy page (managers) and posting a late fee from the unit page (staff of the
 * unit's building). Bills are for 2025-01 (due 2025-01-15), so with the policy on they have
 * accrued a late fee whatever day the tests run.
 */
@WebAppTest
class LateFeePagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  ManageLateFeePolicy policies;
  @Autowired
  LateFeePolicies storedPolicies;
  @Autowired
  AccruedLateFees accruedLateFees;
  @Autowired
  Bills bills;
  @Autowired
  Clock clock;

  private static RequestPostProcessor as(StaffMember member) {
    return user(principal(member));
  }

  /** Both units billed for 2025-01 (unit A 247.80), the policy on: 0.03 % a day, 30 grace days, 20 %. */
  private EstateFixture billedEstate() {
    EstateFixture estate = new EstateFixture(context);
    estate.billServiceFee(context, "2025-01");
    policies.save(estate.community.id(), true, new BigDecimal("0.03"), 30, new BigDecimal("20"), estate.manager.id());
    return estate;
  }

  private MockHttpServletRequestBuilder savePolicy(EstateFixture estate, String rate, String graceDays, String cap) {
    return post("/billing/late-fees/{id}", estate.community.id()).with(as(estate.manager)).with(csrf())
        .param("enabled", "true").param("dailyRatePercent", rate).param("graceDays", graceDays)
        .param("capPercent", cap);
  }

  @Test
  void aManagerSetsTheCommunitysPolicy() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/billing/late-fees").param("communityId", estate.community.id().toString()).with(as(estate.manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(estate.community.name())))
        .andExpect(content().string(containsString("id=\"late-fee-policy-form\"")))
        .andExpect(content().string(containsString("value=\"0.03\"")))
        .andExpect(content().string(containsString("value=\"20\"")));
    mvc.perform(savePolicy(estate, "0.05", "15", "10"))
        .andExpect(redirectedUrl("/billing/late-fees?communityId=" + estate.community.id()))
        .andExpect(flash().attribute("message", "latefee.policy.saved"));
    LateFeePolicy saved = storedPolicies.byCommunity(estate.community.id()).orElseThrow();
    assertThat(saved.enabled()).isTrue();
    assertThat(saved.dailyRatePercent()).isEqualByComparingTo("0.05");
    assertThat(saved.graceDays()).isEqualTo(15);
    assertThat(saved.capPercent()).isEqualByComparingTo("10");
    mvc.perform(get("/billing/runs").with(as(estate.manager)))
        .andExpect(content().string(containsString("id=\"late-fee-policy-link\"")));
  }

  @Test
  void badFiguresGetTheirMessageInTheFormAndNothingIsSaved() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    String[][] cases = {
        {"1.5", "30", "20", "dailyRatePercent", "日费率不能超过每日 1%"},
        {"0.03", "30", "120", "capPercent", "上限不能超过 100%"},
        {"0.00001", "30", "20", "dailyRatePercent", "日费率最多 4 位小数"},
        {"0.03", "400", "20", "graceDays", "宽限天数应在 0 到 365 之间"},
        {"abc", "30", "20", "dailyRatePercent", "日费率应为数字，例如 0.03"},
        {"", "30", "20", "dailyRatePercent", "必填"}};
    for (String[] c : cases) {
      mvc.perform(savePolicy(estate, c[0], c[1], c[2]))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("id=\"" + c[3] + "-error\"")))
          .andExpect(content().string(containsString(c[4])));
    }
    assertThat(storedPolicies.byCommunity(estate.community.id())).as("nothing saved").isEqualTo(Optional.empty());
  }

  @Test
  void theUnitPageShowsEachBillsAccruedLateFeeAndTheTotalAndStaffPostItOnce() throws Exception {
    EstateFixture estate = billedEstate();
    Bill bill = bills.ofUnit(estate.unitA.id()).get(0);
    Money accrued = accruedLateFees.forUnit(estate.unitA.id(), LocalDate.now(clock)).total();
    assertThat(accrued.isPositive()).isTrue();
    String amount = accrued.amount().toPlainString();
    mvc.perform(get("/units/{id}", estate.unitA.id()).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("滞纳金")))
        .andExpect(content().string(containsString("id=\"unit-late-fees\"")))
        .andExpect(content().string(containsString("¥" + amount)))
        .andExpect(content().string(containsString("/bills/" + bill.id() + "/late-fee")));

    mvc.perform(post("/bills/{id}/late-fee", bill.id()).with(as(estate.staffA)).with(csrf()))
        .andExpect(redirectedUrl("/units/" + estate.unitA.id() + "#bills-card"))
        .andExpect(flash().attribute("message", "latefee.posted"));
    List<Bill> lateFeeBills = bills.ofUnit(estate.unitA.id()).stream().filter(Bill::lateFee).toList();
    assertThat(lateFeeBills).hasSize(1);
    assertThat(lateFeeBills.get(0).amount()).isEqualTo(accrued);

    // twice: a clear message, and still one late-fee bill
    mvc.perform(post("/bills/{id}/late-fee", bill.id()).with(as(estate.staffA)).with(csrf()))
        .andExpect(redirectedUrl("/units/" + estate.unitA.id() + "#bills-card"))
        .andExpect(flash().attribute("problem", "lateFee.post.already"));
    mvc.perform(get("/units/{id}", estate.unitA.id()).with(as(estate.staffA))
            .flashAttr("problem", "lateFee.post.already"))
        .andExpect(content().string(containsString("这张账单的滞纳金已经计收过")))
        .andExpect(content().string(containsString("已计收 " + amount)))
        .andExpect(content().string(containsString("href=\"#bill-" + lateFeeBills.get(0).id() + "\"")))
        .andExpect(content().string(not(containsString("/bills/" + bill.id() + "/late-fee\""))));
    assertThat(bills.ofUnit(estate.unitA.id()).stream().filter(Bill::lateFee)).hasSize(1);
  }

  @Test
  void aStaffMemberCannotPostOnAUnitOutsideTheirBuildings() throws Exception {
    EstateFixture estate = billedEstate();
    Bill billOfB = bills.ofUnit(estate.unitB.id()).get(0);
    mvc.perform(post("/bills/{id}/late-fee", billOfB.id()).with(as(estate.staffA)).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(bills.ofUnit(estate.unitB.id()).stream().filter(Bill::lateFee)).isEmpty();
    // the building's own staff member may
    mvc.perform(post("/bills/{id}/late-fee", billOfB.id()).with(as(estate.staffB)).with(csrf()))
        .andExpect(flash().attribute("message", "latefee.posted"));
    assertThat(bills.ofUnit(estate.unitB.id()).stream().filter(Bill::lateFee)).hasSize(1);
  }

  @Test
  void staffCannotChangeThePolicy() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/billing/late-fees").with(as(estate.staffA))).andExpect(status().isForbidden());
    mvc.perform(post("/billing/late-fees/{id}", estate.community.id()).with(as(estate.staffA)).with(csrf())
            .param("enabled", "true").param("dailyRatePercent", "0.05").param("graceDays", "1")
            .param("capPercent", "10"))
        .andExpect(status().isForbidden());
    assertThat(storedPolicies.byCommunity(estate.community.id())).isEmpty();
  }
}
