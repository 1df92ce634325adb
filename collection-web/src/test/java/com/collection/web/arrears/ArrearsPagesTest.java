package com.collection.web.arrears;

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

import com.collection.core.arrears.ArrearsCase;
import com.collection.core.arrears.ArrearsCases;
import com.collection.core.arrears.CaseCategory;
import com.collection.core.estate.AddUnit;
import com.collection.core.estate.Area;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.Owner;
import com.collection.core.estate.Owners;
import com.collection.core.estate.Ownership;
import com.collection.core.estate.Unit;
import com.collection.core.estate.UnitUse;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The arrears pages over HTTP on PostgreSQL, under the real clock: each test bills its own small
 * estate for January and February 2026 (long past due, so the ledger opens a case for each unit at
 * once, uncategorised and due today). The worklist lists the case with why; a pay-soon attempt
 * takes it off today's list; bad input gets its message on the field and stores nothing; staff of
 * another building are refused; managers see completion; the visit sheet goes by floor.
 */
@WebAppTest
class ArrearsPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  ArrearsCases cases;
  @Autowired
  Clock clock;

  private EstateFixture billedEstate() {
    EstateFixture estate = new EstateFixture(context);
    estate.billServiceFee(context, "2026-01", "2026-02");
    return estate;
  }

  private ArrearsCase caseOf(Unit unit) {
    return cases.latestOfUnit(unit.id()).orElseThrow(() -> new AssertionError("a case for unit " + unit.id()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static RequestPostProcessor as(StaffMember member) {
    return user(principal(member));
  }

  /** A counting attempt on the case as the form sends it, with these fields changed. */
  private MockHttpServletRequestBuilder attempt(ArrearsCase c, StaffMember by, String... fields) {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("channel", "PHONE");
    values.put("reached", "OWNER");
    values.put("back", "/worklist");
    for (int i = 0; i < fields.length; i += 2) {
      values.put(fields[i], fields[i + 1]);
    }
    MockHttpServletRequestBuilder request = post("/cases/" + c.id() + "/attempts").with(as(by)).with(csrf());
    values.forEach(request::param);
    return request;
  }

  private String page(String path, StaffMember as) throws Exception {
    return page(get(path), as);
  }

  private String page(MockHttpServletRequestBuilder request, StaffMember as) throws Exception {
    return mvc.perform(request.with(as(as))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  @Test
  void theWorklistShowsADueCaseWithWhyItIsListed() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase c = caseOf(estate.unitA);
    assertThat(c.isOpen()).isTrue();
    assertThat(c.category()).isEqualTo(CaseCategory.UNCATEGORISED);

    for (String path : List.of("/", "/worklist")) {
      String html = page(path, estate.staffA);
      assertThat(html).as(path).contains("id=\"case-" + c.id() + "\"", "/units/" + estate.unitA.id(),
          estate.ownerA.name(), "href=\"tel:" + estate.ownerA.phone() + "\"", "新立案", "未分类", "¥495.60",
          "/cases/" + c.id() + "/attempts/new?back=");
      assertThat(html).as(path).doesNotContain(estate.ownerB.name(), "/units/" + estate.unitB.id());
    }
    // the staff home keeps the member's buildings with their unit counts
    assertThat(page("/", estate.staffA)).contains("id=\"buildings\"", "buildingId=" + estate.buildingA.id() + "\"");
    // filters: another category hides it; its own building shows it with the visit-sheet link
    assertThat(page("/worklist?category=PAY_SOON", estate.staffA)).doesNotContain("id=\"case-" + c.id() + "\"")
        .contains("id=\"worklist-empty\"");
    assertThat(page("/worklist?building=" + estate.buildingA.id() + "&category=UNCATEGORISED", estate.staffA))
        .contains("id=\"case-" + c.id() + "\"", "/buildings/" + estate.buildingA.id() + "/visit-sheet");
    // a bad filter says so next to it
    assertThat(page("/worklist?category=LATE", estate.staffA)).contains("id=\"category-error\"", "请从列表中选择类别")
        .doesNotContain("id=\"case-" + c.id() + "\"");
    assertThat(page("/worklist?building=abc", estate.staffA)).contains("id=\"building-error\"");
  }

  @Test
  void aPaySoonAttemptTakesTheCaseOffTodaysList() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase c = caseOf(estate.unitA);
    String form = page(get("/cases/" + c.id() + "/attempts/new").param("back", "/worklist?category=UNCATEGORISED"),
        estate.staffA);
    assertThat(form).contains("id=\"attempt-form\"", estate.ownerA.name(), "tel:" + estate.ownerA.phone(),
        "近期交纳", "暂未明确", "异地出差", "特殊拒交", "name=\"promisedDate\"", "value=\"/worklist?category=UNCATEGORISED\"",
        "id=\"remote-payment\"");

    // day 60 is the latest promise staff may take
    LocalDate promised = today().plusDays(60);
    mvc.perform(attempt(c, estate.staffA, "outcome", "PAY_SOON", "promisedDate", promised.toString(),
            "said", "业主说月底发工资后交", "back", "/worklist?category=UNCATEGORISED"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/worklist?category=UNCATEGORISED"))
        .andExpect(flash().attribute("message", "arrears.attempt.logged"));

    ArrearsCase after = caseOf(estate.unitA);
    assertThat(after.category()).isEqualTo(CaseCategory.PAY_SOON);
    assertThat(after.promise().promisedDate()).isEqualTo(promised);
    assertThat(after.attempts()).isEqualTo(1);
    assertThat(page("/worklist", estate.staffA)).doesNotContain("id=\"case-" + c.id() + "\"");

    // the unit page shows the case and the attempt in its timeline
    String unit = page("/units/" + estate.unitA.id(), estate.staffA);
    assertThat(unit).contains("id=\"unit-case-card\"", "近期交纳", "业主说月底发工资后交", "id=\"timeline\"", "立案",
        "/cases/" + c.id() + "/attempts/new");
    // the unit of another member's building is not theirs to see, its case neither
    mvc.perform(get("/units/" + estate.unitB.id()).with(as(estate.staffA))).andExpect(status().isForbidden());
  }

  @Test
  void theFormSentTwiceLogsOneAttempt() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase c = caseOf(estate.unitA);
    String form = page(get("/cases/" + c.id() + "/attempts/new"), estate.staffA);
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form);
    assertThat(token.find()).as("the form carries its token").isTrue();
    for (int i = 0; i < 2; i++) {
      mvc.perform(attempt(c, estate.staffA, "outcome", "UNCONFIRMED", "said", "无人接听", "token", token.group(1)))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(cases.byId(c.id()).orElseThrow().attempts()).isEqualTo(1);
    // a token of another shape changes nothing and says the form is no longer valid
    String refused = mvc.perform(attempt(c, estate.staffA, "outcome", "UNCONFIRMED", "token", "not a token"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("这张表单已失效");
    assertThat(cases.byId(c.id()).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void badInputGetsAMessageOnItsFieldAndStoresNothing() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase c = caseOf(estate.unitA);
    LocalDate today = today();
    String inAnHour = LocalDateTime.now(clock).plusHours(1).withSecond(0).withNano(0).toString();
    record Bad(String what, String field, String message, String[] fields) {
    }
    List<Bad> bad = List.of(
        new Bad("a promise in the past", "promisedDate", "承诺日期不能早于今天",
            new String[] {"outcome", "PAY_SOON", "promisedDate", today.minusDays(1).toString()}),
        new Bad("a promise 61 days ahead", "promisedDate", "承诺日期不能超过 60 天",
            new String[] {"outcome", "PAY_SOON", "promisedDate", today.plusDays(61).toString()}),
        new Bad("pay soon without a date", "promisedDate", "近期交纳须填写承诺付款日期",
            new String[] {"outcome", "PAY_SOON"}),
        new Bad("a promise that is no date", "promisedDate", "日期格式应为",
            new String[] {"outcome", "PAY_SOON", "promisedDate", "2026-02-30"}),
        new Bad("refusing without a complaint", "complaintWhat", "特殊拒交须写明投诉事项",
            new String[] {"outcome", "REFUSING", "complaintWords", "不交"}),
        new Bad("refusing without the owner's words", "complaintWords", "特殊拒交须记录业主原话",
            new String[] {"outcome", "REFUSING", "complaintWhat", "电梯常坏"}),
        new Bad("an attempt in the future", "when", "时间不能晚于现在",
            new String[] {"outcome", "UNCONFIRMED", "when", inAnHour}),
        new Bad("a time that is no time", "when", "时间格式应为", new String[] {"outcome", "UNCONFIRMED", "when", "昨天"}),
        new Bad("an unknown channel", "channel", "请从列表中选择方式",
            new String[] {"outcome", "UNCONFIRMED", "channel", "FAX"}),
        new Bad("an unknown outcome", "outcome", "请选择一个结果类别", new String[] {"outcome", "LATER"}),
        new Bad("no outcome on a call", "outcome", "请选择结果类别", new String[] {}),
        new Bad("an outcome on an SMS", "outcome", "短信、通知和函件不设结果类别",
            new String[] {"outcome", "UNCONFIRMED", "channel", "SMS"}),
        new Bad("nobody reached but a promise", "outcome", "未联系上时结果只能是",
            new String[] {"outcome", "PAY_SOON", "reached", "NOBODY", "promisedDate", today.plusDays(3).toString()}),
        new Bad("a correction of no attempt of the case", "correctsAttemptId", "只能更正本案件的记录",
            new String[] {"outcome", "UNCONFIRMED", "correctsAttemptId", "987654321"}));
    for (Bad b : bad) {
      String html = mvc.perform(attempt(c, estate.staffA, b.fields()))
          .andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString();
      assertThat(html).as(b.what()).contains("id=\"" + b.field() + "-error\"", b.message(), "id=\"attempt-form\"");
      assertThat(caseOf(estate.unitA).attempts()).as(b.what() + ": nothing stored").isZero();
    }
    assertThat(caseOf(estate.unitA).category()).isEqualTo(CaseCategory.UNCATEGORISED);
    assertThat(page("/worklist", estate.staffA)).contains("id=\"case-" + c.id() + "\"");

    // a refusal with its complaint is taken, and shows in the timeline with the owner's words
    mvc.perform(attempt(c, estate.staffA, "outcome", "REFUSING", "channel", "VISIT", "complaintWhat", "电梯常坏",
            "complaintWords", "电梯修好再交"))
        .andExpect(status().is3xxRedirection());
    assertThat(caseOf(estate.unitA).category()).isEqualTo(CaseCategory.REFUSING);
    assertThat(page("/units/" + estate.unitA.id(), estate.staffA)).contains("电梯常坏", "电梯修好再交");
  }

  @Test
  void aBackLinkThatIsNotOneOfOurPathsGoesToTheWorklist() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase c = caseOf(estate.unitA);
    for (String back : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
        "/worklist?x={caseId}")) {
      assertThat(page(get("/cases/" + c.id() + "/attempts/new").param("back", back), estate.staffA)).as(back)
          .contains("name=\"back\" value=\"/worklist\"");
    }
    mvc.perform(attempt(c, estate.staffA, "outcome", "UNCONFIRMED", "back", "//evil.example/x"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/worklist"));
  }

  @Test
  void staffOfAnotherBuildingCannotSeeListOrLogItsCases() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase ofB = caseOf(estate.unitB);
    mvc.perform(get("/cases/" + ofB.id() + "/attempts/new").with(as(estate.staffA)))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerB.name()))));
    mvc.perform(attempt(ofB, estate.staffA, "outcome", "UNCONFIRMED"))
        .andExpect(status().isForbidden());
    mvc.perform(attempt(ofB, estate.staffA, "outcome", "LATER"))
        .andExpect(status().isForbidden());
    assertThat(caseOf(estate.unitB).attempts()).isZero();
    mvc.perform(get("/worklist").param("staff", estate.staffB.id().toString()).with(as(estate.staffA)))
        .andExpect(status().isForbidden());
    assertThat(page("/worklist?building=" + estate.buildingB.id(), estate.staffA))
        .contains("id=\"building-error\"", "这栋楼不在此员工负责的楼栋中")
        .doesNotContain(estate.ownerB.name(), "id=\"case-" + ofB.id() + "\"");
    mvc.perform(get("/buildings/" + estate.buildingB.id() + "/visit-sheet").with(as(estate.staffA)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/worklist/completion").with(as(estate.staffA))).andExpect(status().isForbidden());
    mvc.perform(get("/cases/987654321/attempts/new").with(as(estate.staffA))).andExpect(status().isNotFound());
  }

  @Test
  void managersSeeTheDaysCompletionAndEachStaffMembersList() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase ofA = caseOf(estate.unitA);
    String home = page("/", estate.manager);
    assertThat(home).contains("id=\"completion-table\"", "id=\"completion-" + estate.staffA.id() + "\"",
        "/worklist?staff=" + estate.staffA.id(), estate.staffA.displayName());
    assertThat(page("/worklist/completion", estate.manager)).contains("id=\"completion-" + estate.staffB.id() + "\"");
    // a manager has no list of their own: the worklist link leads to the completion
    mvc.perform(get("/worklist").with(as(estate.manager))).andExpect(redirectedUrl("/worklist/completion"));
    String list = page("/worklist?staff=" + estate.staffA.id(), estate.manager);
    assertThat(list).contains("id=\"case-" + ofA.id() + "\"", estate.staffA.displayName(), "id=\"staff-pick\"")
        .doesNotContain(estate.ownerB.name());
    // a manager logs an attempt on it from there and comes back to that list
    mvc.perform(attempt(ofA, estate.manager, "outcome", "AWAY_ON_BUSINESS",
            "back", "/worklist?staff=" + estate.staffA.id()))
        .andExpect(redirectedUrl("/worklist?staff=" + estate.staffA.id()));
    assertThat(caseOf(estate.unitA).category()).isEqualTo(CaseCategory.AWAY_ON_BUSINESS);
    // an away owner's case opens the remote-payment guidance
    assertThat(page("/cases/" + ofA.id() + "/attempts/new", estate.staffA)).contains("<details id=\"remote-payment\"")
        .containsPattern("id=\"remote-payment\"[^>]*open");
  }

  @Test
  void theVisitSheetListsABuildingsOpenCasesByFloor() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    Unit upstairs = context.getBean(AddUnit.class).add(estate.buildingA.id(), "301", 3, Area.of("60.00"),
        UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    Owners owners = context.getBean(Owners.class);
    Owner owner = owners.save(Owner.create("赵丙" + estate.suffix, "1003" + "1234567", null, null, false, null));
    owners.saveOwnership(Ownership.from(upstairs.id(), LocalDate.of(2020, 1, 1), List.of(owner.id())));
    estate.billServiceFee(context, "2026-01", "2026-02");

    String sheet = page("/buildings/" + estate.buildingA.id() + "/visit-sheet", estate.staffA);
    assertThat(sheet).contains("id=\"visit-sheet-table\"", "1 层", "3 层", estate.ownerA.name(), owner.name(), "结果",
        "备注", "签名", "/css/visit-sheet");
    assertThat(sheet.indexOf("1 层")).isLessThan(sheet.indexOf("3 层"));
    assertThat(sheet.indexOf(estate.ownerA.name())).isLessThan(sheet.indexOf("3 层"));
    assertThat(sheet.indexOf(owner.name())).isGreaterThan(sheet.indexOf("3 层"));
    assertThat(sheet).doesNotContain(estate.ownerB.name());
    // the manager prints any building's
    assertThat(page("/buildings/" + estate.buildingB.id() + "/visit-sheet", estate.manager)).contains(estate.ownerB.name());
  }

  @Test
  void theTimelinePagesOnItsOwnAndThePagesSpeakEnglish() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase c = caseOf(estate.unitA);
    for (int i = 1; i <= 31; i++) {
      mvc.perform(attempt(c, estate.staffA, "channel", "SMS", "said", "第" + i + "条短信"))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(caseOf(estate.unitA).attempts()).isEqualTo(31);
    assertThat(caseOf(estate.unitA).countingAttempts()).as("messages count for nothing").isZero();
    String first = page("/units/" + estate.unitA.id(), estate.staffA);
    assertThat(first).contains("第31条短信", "id=\"timelinePage-next\"", "timelinePage=1").doesNotContain("第1条短信<");
    String second = page("/units/" + estate.unitA.id() + "?timelinePage=1", estate.staffA);
    assertThat(second).contains("第1条短信", "立案").doesNotContain("第31条短信");

    String english = page("/worklist?lang=en", estate.staffA);
    assertThat(english).contains("Today", "New case", "Uncategorised", "Log");
    assertThat(page("/cases/" + c.id() + "/attempts/new?lang=en", estate.staffA))
        .contains("Pay soon", "Unconfirmed", "Away on business", "Refusing", "Paying from afar");
  }

  @Test
  void aUnitThatPaysLeavesTheListAndItsClosedCaseTakesNoAttempt() throws Exception {
    EstateFixture estate = billedEstate();
    ArrearsCase c = caseOf(estate.unitA);
    context.getBean(com.collection.core.payment.RecordPayment.class).record(
        new com.collection.core.payment.RecordPaymentCommand(estate.unitA.id(), new java.math.BigDecimal("495.60"),
            com.collection.core.payment.PaymentMethod.CASH, estate.ownerA.name(), null, today(), List.of(),
            java.util.UUID.randomUUID().toString(), com.collection.core.shared.Viewer.ownBuildings(estate.staffA.id())));
    assertThat(caseOf(estate.unitA).isOpen()).as("nothing past due: closed at once").isFalse();
    assertThat(page("/worklist", estate.staffA)).doesNotContain("id=\"case-" + c.id() + "\"");
    assertThat(page("/cases/" + c.id() + "/attempts/new", estate.staffA)).contains("id=\"case-closed\"", "已结案")
        .doesNotContain("id=\"attempt-form\"");
    assertThat(page("/units/" + estate.unitA.id(), estate.staffA)).contains("已结案").doesNotContain("id=\"log-attempt\"");
    mvc.perform(attempt(c, estate.staffA, "outcome", "UNCONFIRMED"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该案件已结案，不能再记录催缴")));
    assertThat(caseOf(estate.unitA).attempts()).isZero();
  }

  @Test
  void aUnitThatNeverHadACaseSaysSo() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    assertThat(page("/units/" + estate.unitA.id(), estate.staffA)).contains("id=\"no-case\"", "该房屋没有欠费案件")
        .doesNotContain("id=\"log-attempt\"");
  }
}
