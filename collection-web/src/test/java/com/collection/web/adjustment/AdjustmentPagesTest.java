package com.collection.web.adjustment;

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

import com.collection.core.adjustment.AdjustmentStatus;
import com.collection.core.adjustment.AdjustmentView;
import com.collection.core.adjustment.Adjustments;
import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.shared.Money;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Adjustments over HTTP: staff request one from the unit's page, bad input gets its message and
 * stores nothing, another manager approves (the requester can't), a counter-entry needs a reason;
 * the unit page, the ledger and the statement agree on the balance.
 *
 * <p>Unit A (88.50 m² × ¥2.80) owes 247.80 for 2026-01.
 */
@WebAppTest
class AdjustmentPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  Bills bills;
  @Autowired
  Adjustments adjustments;
  @Autowired
  ManageStaff manageStaff;

  private EstateFixture estate;

  private Bill billedUnitA() {
    estate = new EstateFixture(context);
    estate.billServiceFee(context, "2026-01");
    return bills.ofUnit(estate.unitA.id()).get(0);
  }

  private RequestPostProcessor as(StaffMember member) {
    return user(principal(member));
  }

  private StaffMember secondManager() {
    return manageStaff.create("m" + ThreadLocalRandom.current().nextInt(1_000_000_000), "第二经理", Role.MANAGER,
        EstateFixture.PASSWORD);
  }

  private List<AdjustmentView> ofUnitA() {
    return adjustments.ofUnit(estate.unitA.id());
  }

  @Test
  void badRequestsGetAMessageOnTheFieldAndStoreNothing() throws Exception {
    Bill bill = billedUnitA();
    String path = "/units/" + estate.unitA.id() + "/adjustments";
    record Case(String amount, String reason, String message) {
    }
    for (Case c : List.of(new Case("1.005", "漏水", "金额最多两位小数"), new Case("0", "漏水", "金额必须大于 0"),
        new Case("-3", "漏水", "金额必须大于 0"), new Case("247.81", "漏水", "不能超过该账单当前欠费 ¥247.80"),
        new Case("abc", "漏水", "请输入金额"), new Case("10", " ", "必填"))) {
      mvc.perform(post(path).with(as(estate.staffA)).with(csrf()).param("billId", bill.id().toString())
              .param("kind", "WAIVER").param("amount", c.amount()).param("reason", c.reason()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(c.message())));
    }
    assertThat(ofUnitA()).as("nothing requested").isEmpty();
  }

  @Test
  void staffRequestAnotherManagerApprovesAndTheUnitPageLedgerAndStatementAgree() throws Exception {
    Bill bill = billedUnitA();
    mvc.perform(get("/units/" + estate.unitA.id()).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/units/" + estate.unitA.id() + "/adjustments/new?bill=" + bill.id())));
    mvc.perform(post("/units/" + estate.unitA.id() + "/adjustments").with(as(estate.staffA)).with(csrf())
            .param("billId", bill.id().toString()).param("kind", "COMPENSATION").param("amount", "100.00")
            .param("reason", "楼上漏水，协商补偿"))
        .andExpect(redirectedUrl("/units/" + estate.unitA.id() + "#adjustments-card"));
    long id = ofUnitA().get(0).adjustment().id();

    // staff see no managers' page and can't approve
    mvc.perform(get("/adjustments").with(as(estate.staffA))).andExpect(status().isForbidden());
    mvc.perform(post("/adjustments/" + id + "/approve").with(as(estate.staffA)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/adjustments").with(as(estate.manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("楼上漏水，协商补偿")));

    mvc.perform(post("/adjustments/" + id + "/approve").with(as(estate.manager)).with(csrf()))
        .andExpect(redirectedUrl("/adjustments/" + id))
        .andExpect(flash().attribute("message", "adjustment.approved"));
    assertThat(bills.byId(bill.id()).orElseThrow().outstanding()).isEqualTo(Money.of("147.80"));
    mvc.perform(post("/adjustments/" + id + "/approve").with(as(secondManager())).with(csrf()))
        .andExpect(flash().attribute("problem", "adjustment.notPending"));
    assertThat(bills.byId(bill.id()).orElseThrow().outstanding()).as("approving twice changes nothing")
        .isEqualTo(Money.of("147.80"));

    mvc.perform(get("/units/" + estate.unitA.id()).with(as(estate.staffA)))
        .andExpect(content().string(containsString("补偿：物业服务费 2026-01，楼上漏水，协商补偿")))
        .andExpect(content().string(containsString("id=\"ledger-balance\">¥147.80<")));
    mvc.perform(get("/units/" + estate.unitA.id() + "/ledger").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"ledger-balance\">¥147.80<")));
    mvc.perform(get("/units/" + estate.unitA.id() + "/statement").param("from", "2026-01-01")
            .param("to", "2026-12-31").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("statement-closing-amount\">147.80<")));
  }

  @Test
  void theRequesterCannotApproveAndACounterEntryNeedsAReason() throws Exception {
    Bill bill = billedUnitA();
    mvc.perform(post("/units/" + estate.unitA.id() + "/adjustments").with(as(estate.manager)).with(csrf())
        .param("billId", bill.id().toString()).param("kind", "WAIVER").param("amount", "47.80")
        .param("reason", "困难户"));
    long id = ofUnitA().get(0).adjustment().id();
    mvc.perform(get("/adjustments/" + id).with(as(estate.manager)))
        .andExpect(content().string(containsString("id=\"own-request\"")))
        .andExpect(content().string(not(containsString("id=\"approve-form\""))));
    mvc.perform(post("/adjustments/" + id + "/approve").with(as(estate.manager)).with(csrf()))
        .andExpect(flash().attribute("problem", "adjustment.selfApproval"));
    assertThat(ofUnitA().get(0).adjustment().status()).isEqualTo(AdjustmentStatus.PENDING);
    assertThat(bills.byId(bill.id()).orElseThrow().adjusted()).isEqualTo(Money.ZERO);

    mvc.perform(post("/adjustments/" + id + "/counter").with(as(estate.manager)).with(csrf()).param("note", "太早"))
        .andExpect(flash().attribute("problem", "adjustment.counter.notApproved"));
    StaffMember other = secondManager();
    mvc.perform(post("/adjustments/" + id + "/approve").with(as(other)).with(csrf()));
    mvc.perform(post("/adjustments/" + id + "/reject").with(as(other)).with(csrf()).param("note", "改主意"))
        .andExpect(flash().attribute("problem", "adjustment.notPending"));
    mvc.perform(post("/adjustments/" + id + "/counter").with(as(other)).with(csrf()).param("note", "  "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("必填")));
    assertThat(ofUnitA().get(0).adjustment().status()).isEqualTo(AdjustmentStatus.APPROVED);
    mvc.perform(post("/adjustments/" + id + "/counter").with(as(other)).with(csrf()).param("note", "依据撤销"))
        .andExpect(redirectedUrl("/adjustments/" + id));
    assertThat(ofUnitA().get(0).adjustment().status()).isEqualTo(AdjustmentStatus.COUNTERED);
    mvc.perform(post("/adjustments/" + id + "/counter").with(as(other)).with(csrf()).param("note", "再冲一次"))
        .andExpect(flash().attribute("problem", "adjustment.counter.already"));
    assertThat(bills.byId(bill.id()).orElseThrow().outstanding()).isEqualTo(Money.of("247.80"));
  }

  @Test
  void aStatementWithBadDatesSaysSo() throws Exception {
    billedUnitA();
    String path = "/units/" + estate.unitA.id() + "/statement";
    mvc.perform(get(path).param("from", "2026-13-01").param("to", "2026-12-31").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("日期格式应为 2026-01-01")))
        .andExpect(content().string(not(containsString("id=\"statement\""))));
    mvc.perform(get(path).param("from", "2026-12-01").param("to", "2026-01-31").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("截止日期不能早于起始日期")));
    mvc.perform(get("/owners/" + estate.ownerA.id() + "/statement").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"statement\"")));
  }
}
