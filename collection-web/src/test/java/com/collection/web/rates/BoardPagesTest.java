package com.collection.web.rates;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Viewer;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The boards over HTTP: last month's board of a community ranks its buildings (an exact tie shares
 * the rank, the smaller outstanding first), links the drill-down where the user may open it, states
 * the definitions; bad periods and parameters get a message on their field, never an error page.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;

  EstateFixture estate;
  String lastMonth;

  @BeforeAll
  void estate() {
    estate = new EstateFixture(context);
    LocalDate today = LocalDate.now(context.getBean(Clock.class));
    YearMonth previous = YearMonth.from(today).minusMonths(1);
    lastMonth = previous.toString();
    estate.billServiceFee(context, YearMonth.from(today).minusMonths(2).toString(), lastMonth);
    // unit A pays its older month in full: A栋 247.80 of 495.60, B栋 0 of 672.00
    context.getBean(RecordPayment.class).record(new RecordPaymentCommand(estate.unitA.id(), new BigDecimal("247.80"),
        PaymentMethod.CASH, "王甲", null, previous.atDay(20), List.of(), UUID.randomUUID().toString(),
        Viewer.everything(estate.manager.id())));
  }

  private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private List<String> column(String html, String cssClass) {
    Matcher m = Pattern.compile("<td class=\"[^\"]*\\b" + cssClass + "\\b[^\"]*\">([^<]*)</td>").matcher(html);
    List<String> values = new java.util.ArrayList<>();
    while (m.find()) {
      values.add(m.group(1).strip());
    }
    return values;
  }

  @Test
  void aManagerSeesLastMonthsRankingWithTheTotalAndTheDefinitions() throws Exception {
    String html = page(get("/boards").param("period", lastMonth).param("community", estate.community.id().toString())
        .with(user(principal(estate.manager))), 200);
    assertThat(html).contains("id=\"board\"").contains("口径说明").contains("向下取整").contains("2栋在10栋之前");
    int a = html.indexOf("A栋");
    int b = html.indexOf("B栋");
    assertThat(a).isPositive().isLessThan(b);
    // A栋 50.0% (247.80 / 495.60), B栋 0.0%; the community 247.80 / 1,167.60 = 21.2%
    assertThat(column(html, "rate")).containsExactly("50.0%", "0.0%", "21.2%");
    assertThat(column(html, "rank")).containsExactly("1", "2");
    assertThat(column(html, "outstanding")).containsExactly("247.80", "672.00", "919.80");
    assertThat(column(html, "units-paid")).containsExactly("1", "0", "1");
    assertThat(html).contains("/boards/buildings/" + estate.buildingA.id()).contains("/boards/buildings/" + estate.buildingB.id());
    assertThat(html).contains("id=\"previous-period\"").contains("id=\"next-period\"");
  }

  @Test
  void staffRowsAndEnglish() throws Exception {
    String html = page(get("/boards").param("period", lastMonth).param("community", estate.community.id().toString())
        .param("view", "staff").param("lang", "en").with(user(principal(estate.staffA))), 200);
    assertThat(html).contains("Collection-rate boards").contains(estate.staffA.displayName())
        .contains(estate.staffB.displayName()).contains("Cases in breach now").contains("rounded down");
    assertThat(html.indexOf(estate.staffA.displayName())).isLessThan(html.indexOf(estate.staffB.displayName()));
  }

  @Test
  void theCurrentWeekIsTheDefaultAndTheCompanyBoardOpens() throws Exception {
    String html = page(get("/boards").with(user(principal(estate.staffA))), 200);
    assertThat(html).contains("id=\"board\"").contains("全公司合计").doesNotContain("id=\"next-period\"");
    assertThat(page(get("/boards").param("kind", "month").param("view", "community").with(user(principal(estate.manager))),
        200)).contains(estate.community.name());
  }

  @Test
  void theCompanyBoardIsPagedWithRanksOfTheWholeBoard() throws Exception {
    var manager = user(principal(estate.manager));
    String first = page(get("/boards").with(manager), 200);
    long rowsOnFirst = first.split("class=\"board-row", -1).length - 1;
    assertThat(rowsOnFirst).isBetween(1L, 50L);
    // a page past the end shows the last page; its ranks go on from the pages before it
    String last = page(get("/boards").param("page", "2147483647").with(manager), 200);
    assertThat(last).contains("id=\"board\"");
    if (rowsOnFirst == 50) {
      assertThat(last).contains("id=\"page-previous\"").doesNotContain("<td class=\"text-end rank\">1</td>");
    }
  }

  @Test
  void badInputGetsAMessageOnItsField() throws Exception {
    var manager = user(principal(estate.manager));
    assertThat(page(get("/boards").param("period", "2026-W60").with(manager), 200))
        .contains("id=\"period-error\"").contains("没有这一周").doesNotContain("id=\"board\"");
    assertThat(page(get("/boards").param("period", "2026-13").with(manager), 200))
        .contains("月份应为 01 至 12");
    assertThat(page(get("/boards").param("period", "2020-W10").with(manager), 200))
        .contains("超出最近三个收费年度");
    assertThat(page(get("/boards").param("period", "2999-01").with(manager), 200)).contains("尚未开始");
    assertThat(page(get("/boards").param("period", "next week").with(manager), 200))
        .contains("周期格式应为");
    assertThat(page(get("/boards").param("kind", "daily").with(manager), 200)).contains("请选择周榜或月榜");
    assertThat(page(get("/boards").param("view", "owners").with(manager), 200)).contains("请选择按楼栋");
    assertThat(page(get("/boards").param("community", "987654321").with(manager), 200))
        .contains("id=\"community-error\"").contains("没有这个小区");
    assertThat(page(get("/boards").param("community", "x<script>").with(manager), 200))
        .contains("没有这个小区").doesNotContain("x<script>");
    assertThat(page(get("/boards").param("period", "2026-W60").param("lang", "en").with(manager), 200))
        .contains("has no such week");
  }

  @Test
  void theDrillDownListsTheBuildingsUnitsInArrearsForItsStaffAndManagers() throws Exception {
    String html = page(get("/boards/buildings/" + estate.buildingB.id()).with(user(principal(estate.manager))), 200);
    assertThat(html).contains("id=\"arrears\"").contains("201").contains(estate.ownerB.name()).contains("672.00")
        .contains("未分类").contains("尚无催缴").contains("31–90 天");
    assertThat(page(get("/boards/buildings/" + estate.buildingB.id()).with(user(principal(estate.staffB))), 200))
        .contains(estate.ownerB.name());
    assertThat(page(get("/boards/buildings/" + estate.buildingB.id()).with(user(principal(estate.staffA))), 403))
        .doesNotContain(estate.ownerB.name());
    page(get("/boards/buildings/987654321").with(user(principal(estate.manager))), 404);
  }
}
