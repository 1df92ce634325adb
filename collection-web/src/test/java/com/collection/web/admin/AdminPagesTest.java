package com.collection.web.admin;

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

import com.collection.core.estate.Community;
import com.collection.core.estate.SaveBuilding;
import com.collection.core.estate.UnitSearch;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin pages over HTTP on PostgreSQL: an admin sets up a community, its buildings and units
 * and the staff accounts; bad input comes back as a message next to its field, in the user's
 * language, with nothing stored; nobody but an admin gets in.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  ViewEstate viewEstate;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  SaveBuilding saveBuilding;

  EstateFixture estate;

  @BeforeAll
  void estate() {
    estate = new EstateFixture(context);
  }

  // --- the happy path -------------------------------------------------------------------------

  @Test
  void anAdminCreatesACommunityABuildingAndAUnitAndSeesThem() throws Exception {
    String suffix = letters(6);
    String name = "管理测试小区" + suffix;
    MvcResult created = mvc.perform(communityForm(post("/admin/communities/new"), name, suffix)
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/admin/communities/*/buildings"))
        .andExpect(flash().attribute("message", "admin.community.created"))
        .andReturn();
    long communityId = idIn(created.getResponse().getRedirectedUrl(), "/admin/communities/(\\d+)/buildings");
    Community community = viewEstate.communities().stream()
        .filter(c -> c.id() == communityId).findFirst().orElseThrow();
    assertThat(community.name()).isEqualTo(name);
    assertThat(community.code()).isEqualTo(suffix);
    assertThat(community.weekdayWindows()).hasSize(2);

    mvc.perform(get("/admin/communities").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("/admin/communities/" + communityId + "/buildings")));
    mvc.perform(get(created.getResponse().getRedirectedUrl()).with(admin()).flashAttrs(created.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("小区已创建")))
        .andExpect(content().string(containsString("id=\"building-form\"")))
        .andExpect(content().string(containsString("本小区还没有楼栋")));

    MvcResult building = mvc.perform(post("/admin/communities/" + communityId + "/buildings")
            .param("name", "1号楼").param("responsibleStaffId", estate.staffA.id().toString())
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/admin/buildings/*"))
        .andReturn();
    long buildingId = idIn(building.getResponse().getRedirectedUrl(), "/admin/buildings/(\\d+)");
    assertThat(manageStaff.byId(estate.staffA.id()).buildingIds()).contains(buildingId);
    mvc.perform(get("/admin/communities/" + communityId + "/buildings").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1号楼")))
        .andExpect(content().string(containsString(estate.staffA.displayName())));

    mvc.perform(post("/admin/buildings/" + buildingId + "/units")
            .param("number", "1201").param("floor", "12").param("area", "88.5")
            .param("use", "RESIDENTIAL").param("occupancy", "VACANT")
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "admin.unit.added"));
    mvc.perform(get("/admin/buildings/" + buildingId).with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1201")))
        .andExpect(content().string(containsString("88.50")))
        .andExpect(content().string(containsString("空置")))
        .andExpect(content().string(containsString("id=\"unit-form\"")));
    assertThat(unitCount(buildingId)).isEqualTo(1);
    String list = mvc.perform(get("/admin/communities/" + communityId + "/buildings").with(admin()))
        .andReturn().getResponse().getContentAsString();
    assertThat(rowOf(list, "building-" + buildingId)).contains("1号楼").contains(">1</td>");
  }

  @Test
  void anAdminEditsACommunityAndABuilding() throws Exception {
    String code = letters(6);
    long communityId = idIn(mvc.perform(communityForm(post("/admin/communities/new"), "编辑前" + code, code)
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl(),
        "/admin/communities/(\\d+)/buildings");
    mvc.perform(get("/admin/communities/" + communityId).with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"编辑前" + code + "\"")))
        .andExpect(content().string(containsString("09:30-12:00,15:00-18:00")));
    mvc.perform(communityForm(post("/admin/communities/" + communityId), "编辑后" + code, code,
            "caseOpeningDays", "30", "weekendWindows", "")
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "admin.community.saved"));
    Community edited = viewEstate.communities().stream()
        .filter(c -> c.id() == communityId).findFirst().orElseThrow();
    assertThat(edited.name()).isEqualTo("编辑后" + code);
    assertThat(edited.caseOpeningDays()).isEqualTo(30);
    assertThat(edited.weekendWindows()).isEmpty();

    long buildingId = saveBuilding.create(communityId, "旧名", null).id();
    mvc.perform(post("/admin/buildings/" + buildingId).param("name", "新名")
            .param("responsibleStaffId", estate.staffB.id().toString()).with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(saveBuilding.byId(buildingId).name()).isEqualTo("新名");
    assertThat(saveBuilding.byId(buildingId).responsibleStaffId()).isEqualTo(estate.staffB.id());
  }

  @Test
  void aLongBuildingListIsPaginatedAtFifty() throws Exception {
    String code = letters(6);
    long communityId = idIn(mvc.perform(communityForm(post("/admin/communities/new"), "大小区" + code, code)
            .with(admin()).with(csrf()))
        .andReturn().getResponse().getRedirectedUrl(), "/admin/communities/(\\d+)/buildings");
    for (int i = 1; i <= 51; i++) {
      saveBuilding.create(communityId, String.format("%03d栋", i), null);
    }
    String first = mvc.perform(get("/admin/communities/" + communityId + "/buildings").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第 1–50 条，共 51 条")))
        .andReturn().getResponse().getContentAsString();
    assertThat(first).contains("050栋").doesNotContain("051栋");
    mvc.perform(get("/admin/communities/" + communityId + "/buildings").param("page", "1").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("051栋")))
        .andExpect(content().string(not(containsString("050栋"))));
    mvc.perform(get("/admin/communities/" + communityId + "/buildings").param("page", "99").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("051栋")));
  }

  // --- bad input: a message next to the field, nothing stored ---------------------------------

  @Test
  void aCommunityWithoutNameIsRefusedNextToTheField() throws Exception {
    String code = letters(6);
    String html = rerendered(communityForm(post("/admin/communities/new"), "", code));
    assertThat(fieldError(html, "name")).isEqualTo("必填");
    assertThat(inputOf(html, "name")).contains("is-invalid");
    assertThat(inputOf(html, "code")).contains("value=\"" + code + "\"");
    assertThat(viewEstate.communities()).noneMatch(c -> c.code().equals(code));
  }

  @Test
  void anOverlongCommunityNameIsRefused() throws Exception {
    String code = letters(6);
    String html = rerendered(communityForm(post("/admin/communities/new"), "长".repeat(101), code));
    assertThat(fieldError(html, "name")).isEqualTo("不能超过 100 个字符");
    assertThat(viewEstate.communities()).noneMatch(c -> c.code().equals(code));
  }

  @Test
  void aDuplicateCommunityCodeIsRefused() throws Exception {
    String name = "重复简码" + letters(6);
    String html = rerendered(communityForm(post("/admin/communities/new"), name, estate.community.code()));
    assertThat(fieldError(html, "code")).isEqualTo("简码 " + estate.community.code() + " 已被其他小区使用");
    assertThat(viewEstate.communities()).noneMatch(c -> c.name().equals(name));
  }

  @Test
  void wrongNumbersAndWindowsOfACommunityAreRefused() throws Exception {
    String code = letters(6);
    String html = rerendered(communityForm(post("/admin/communities/new"), "坏数字" + code, code,
        "feeYearStartMonth", "13", "caseOpeningDays", "abc", "bankAccountNumber", "1".repeat(41)));
    assertThat(fieldError(html, "feeYearStartMonth")).isEqualTo("不能大于 12");
    assertThat(fieldError(html, "caseOpeningDays")).isEqualTo("请输入整数");
    assertThat(fieldError(html, "bankAccountNumber")).isEqualTo("不能超过 40 个字符");
    assertThat(viewEstate.communities()).noneMatch(c -> c.code().equals(code));

    html = rerendered(communityForm(post("/admin/communities/new"), "坏时段" + code, code,
        "weekdayWindows", "18:00-09:00"));
    assertThat(fieldError(html, "weekdayWindows")).isEqualTo("时段开始 18:00 必须早于结束 09:00");
    html = rerendered(communityForm(post("/admin/communities/new"), "坏简码" + code, "A1"));
    assertThat(fieldError(html, "code")).isEqualTo("简码为 2 至 6 个大写英文字母");
    assertThat(viewEstate.communities()).noneMatch(c -> c.code().equals(code));
  }

  @Test
  void aDuplicateBuildingNameIsRefused() throws Exception {
    String html = rerendered(post("/admin/communities/" + estate.community.id() + "/buildings")
        .param("name", estate.buildingA.name()).param("responsibleStaffId", ""));
    assertThat(fieldError(html, "name")).isEqualTo("本小区已有楼栋“" + estate.buildingA.name() + "”");
    assertThat(viewEstate.buildings(Viewer.everything(0)))
        .filteredOn(b -> b.communityId() == estate.community.id())
        .hasSize(2);
    html = rerendered(post("/admin/buildings/" + estate.buildingB.id()).param("name", estate.buildingA.name()));
    assertThat(fieldError(html, "name")).isEqualTo("本小区已有楼栋“" + estate.buildingA.name() + "”");
    assertThat(saveBuilding.byId(estate.buildingB.id()).name()).isEqualTo(estate.buildingB.name());
    html = rerendered(post("/admin/buildings/" + estate.buildingB.id()).param("name", " "));
    assertThat(fieldError(html, "name")).isEqualTo("必填");
  }

  @Test
  void aDisabledStaffMemberCantBeMadeResponsibleForABuilding() throws Exception {
    StaffMember gone = manageStaff.create("gone." + letters(6).toLowerCase(), "离职", Role.STAFF, "first-pass-1");
    manageStaff.edit(-1, gone.id(), "离职", Role.STAFF, false);
    String refused = "所选责任人的账户已停用，不能担任楼栋责任人";
    // the form offers only enabled staff: the id is forged
    String name = "停用测试" + letters(4);
    String html = rerendered(post("/admin/communities/" + estate.community.id() + "/buildings")
        .param("name", name).param("responsibleStaffId", gone.id().toString()));
    assertThat(fieldError(html, "responsibleStaffId")).isEqualTo(refused);
    assertThat(viewEstate.buildings(Viewer.everything(0))).noneMatch(b -> b.name().equals(name));

    StaffMember keeper = manageStaff.create("keeper." + letters(6).toLowerCase(), "留任", Role.STAFF, "first-pass-1");
    var building = saveBuilding.create(estate.community.id(), "留任楼" + letters(4), keeper.id());
    html = rerendered(post("/admin/buildings/" + building.id()).param("name", building.name())
        .param("responsibleStaffId", gone.id().toString()));
    assertThat(fieldError(html, "responsibleStaffId")).isEqualTo(refused);
    assertThat(saveBuilding.byId(building.id()).responsibleStaffId()).isEqualTo(keeper.id());
    assertThat(manageStaff.byId(gone.id()).buildingIds()).as("nothing assigned").isEmpty();

    // one who was responsible before being disabled stays so while the building is edited
    manageStaff.edit(-1, keeper.id(), "留任", Role.STAFF, false);
    mvc.perform(post("/admin/buildings/" + building.id()).param("name", building.name() + "改")
            .param("responsibleStaffId", keeper.id().toString()).with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(saveBuilding.byId(building.id()).name()).isEqualTo(building.name() + "改");
  }

  @Test
  void badUnitsAreRefusedNextToTheirFieldAndNothingIsStored() throws Exception {
    long buildingId = estate.buildingA.id();
    long before = unitCount(buildingId);

    String html = rerendered(unitForm(buildingId, "", "3", "90"));
    assertThat(fieldError(html, "number")).isEqualTo("必填");
    assertThat(html).contains("id=\"unit-form\"").contains("id=\"building-form\"");

    html = rerendered(unitForm(buildingId, "301", "三楼", "90"));
    assertThat(fieldError(html, "floor")).isEqualTo("请输入整数");
    assertThat(inputOf(html, "floor")).contains("is-invalid");
    assertThat(inputOf(html, "number")).contains("value=\"301\"");

    html = rerendered(unitForm(buildingId, "301", "3", "-1"));
    assertThat(fieldError(html, "area")).isEqualTo("建筑面积必须大于 0");

    html = rerendered(unitForm(buildingId, "301", "3", "1.234"));
    assertThat(fieldError(html, "area")).isEqualTo("最多 5 位整数、2 位小数");

    html = rerendered(unitForm(buildingId, "301", "3", "九十"));
    assertThat(fieldError(html, "area")).isEqualTo("请输入数字，例如 88.50");

    html = rerendered(unitForm(buildingId, "301", "300", "90"));
    assertThat(fieldError(html, "floor")).isEqualTo("楼层应在 -10 至 200 之间");

    html = rerendered(unitForm(buildingId, estate.unitA.number(), "3", "90"));
    assertThat(fieldError(html, "number")).isEqualTo("本楼栋已有房号 " + estate.unitA.number());

    html = rerendered(post("/admin/buildings/" + buildingId + "/units").param("number", "301")
        .param("floor", "3").param("area", "90").param("use", "CASTLE").param("occupancy", "OCCUPIED"));
    assertThat(fieldError(html, "use")).isEqualTo("格式不正确");

    assertThat(unitCount(buildingId)).isEqualTo(before);
  }

  @Test
  void messagesFollowTheUsersLanguage() throws Exception {
    String html = rerendered(unitForm(estate.buildingA.id(), "", "x", "1.234").param("lang", "en"));
    assertThat(fieldError(html, "number")).isEqualTo("Required");
    assertThat(fieldError(html, "floor")).isEqualTo("Enter a whole number");
    assertThat(fieldError(html, "area")).isEqualTo("At most 5 digits before the point and 2 after it");
    html = rerendered(unitForm(estate.buildingA.id(), estate.unitA.number(), "1", "50").param("lang", "en"));
    assertThat(fieldError(html, "number")).isEqualTo("This building already has unit " + estate.unitA.number());
  }

  @Test
  void unknownRecordsAreNotFoundAndBadIdsABadRequest() throws Exception {
    mvc.perform(get("/admin/buildings/999999999").with(admin())).andExpect(status().isNotFound());
    mvc.perform(get("/admin/communities/999999999").with(admin())).andExpect(status().isNotFound());
    mvc.perform(get("/admin/staff/999999999").with(admin())).andExpect(status().isNotFound());
    mvc.perform(post("/admin/buildings/999999999/units").param("number", "1").param("floor", "1")
            .param("area", "1").param("use", "RESIDENTIAL").param("occupancy", "OCCUPIED")
            .with(admin()).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/staff/abc").with(admin())).andExpect(status().isBadRequest());
  }

  // --- staff accounts --------------------------------------------------------------------------

  @Test
  void anAdminCreatesAStaffAccountAndAssignsBuildings() throws Exception {
    String username = "adm." + letters(6).toLowerCase();
    MvcResult created = mvc.perform(post("/admin/staff/new").param("username", username)
            .param("displayName", "新员工").param("role", "STAFF").param("password", "first-pass-1")
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "admin.staff.created"))
        .andReturn();
    long staffId = idIn(created.getResponse().getRedirectedUrl(), "/admin/staff/(\\d+)");
    assertThat(manageStaff.byId(staffId).mustChangePassword()).isTrue();

    mvc.perform(get("/admin/staff").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(username)))
        .andExpect(content().string(containsString("/admin/staff/" + staffId)));
    mvc.perform(get("/admin/staff/" + staffId).with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"staff-form\"")))
        .andExpect(content().string(containsString("id=\"assignment-form\"")))
        .andExpect(content().string(containsString(estate.community.name())));

    mvc.perform(post("/admin/staff/" + staffId + "/buildings")
            .param("buildingIds", estate.buildingA.id().toString(), estate.buildingB.id().toString(), "999999999")
            .param("_buildingIds", "on").with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(manageStaff.byId(staffId).buildingIds())
        .isEqualTo(Set.of(estate.buildingA.id(), estate.buildingB.id()));
    String list = mvc.perform(get("/admin/staff").with(admin()))
        .andReturn().getResponse().getContentAsString();
    assertThat(rowOf(list, "staff-" + staffId)).contains(username).contains(">2</td>");
    mvc.perform(post("/admin/staff/" + staffId + "/buildings").param("_buildingIds", "on")
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(manageStaff.byId(staffId).buildingIds()).isEmpty();

    mvc.perform(post("/admin/staff/" + staffId).param("displayName", "改名员工").param("role", "MANAGER")
            .param("_enabled", "on").with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    StaffMember edited = manageStaff.byId(staffId);
    assertThat(edited.displayName()).isEqualTo("改名员工");
    assertThat(edited.role()).isEqualTo(Role.MANAGER);
    assertThat(edited.enabled()).isFalse();

    String html = rerendered(post("/admin/staff/" + staffId + "/password").param("password", "short"));
    assertThat(fieldError(html, "password")).isEqualTo("密码至少 8 位");
    mvc.perform(post("/admin/staff/" + staffId + "/password").param("password", "reset-pass-1")
            .with(admin()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "admin.staff.passwordReset"));
  }

  @Test
  void badStaffAccountsAreRefused() throws Exception {
    String html = rerendered(post("/admin/staff/new").param("username", estate.staffA.username())
        .param("displayName", "重名").param("role", "STAFF").param("password", "first-pass-1"));
    assertThat(fieldError(html, "username")).isEqualTo("用户名 " + estate.staffA.username() + " 已被使用");

    String username = "bad." + letters(6).toLowerCase();
    html = rerendered(post("/admin/staff/new").param("username", username)
        .param("displayName", "").param("role", "STAFF").param("password", "short"));
    assertThat(fieldError(html, "displayName")).isEqualTo("必填");
    html = rerendered(post("/admin/staff/new").param("username", username)
        .param("displayName", "短密码").param("role", "STAFF").param("password", "short"));
    assertThat(fieldError(html, "password")).isEqualTo("密码至少 8 位");
    html = rerendered(post("/admin/staff/new").param("username", "Bad Name!")
        .param("displayName", "坏用户名").param("role", "STAFF").param("password", "first-pass-1"));
    assertThat(fieldError(html, "username")).isEqualTo("用户名为 3 至 50 位小写字母、数字或 . _ -");
    assertThat(manageStaff.all()).noneMatch(s -> s.username().equals(username));
  }

  @Test
  void anAdminCannotLockThemselvesOut() throws Exception {
    StaffMember self = manageStaff.create("self." + letters(6).toLowerCase(), "自己", Role.ADMIN, "admin-pass-1");
    String html = mvc.perform(post("/admin/staff/" + self.id()).param("displayName", "自己")
            .param("role", "STAFF").param("enabled", "true").param("_enabled", "on")
            .with(user(principal(self))).with(csrf()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(fieldError(html, "role")).isEqualTo("不能取消自己的管理员角色或停用自己的账号");
    assertThat(manageStaff.byId(self.id()).role()).isEqualTo(Role.ADMIN);
  }

  // --- access ----------------------------------------------------------------------------------

  @Test
  void onlyAdminsGetIn() throws Exception {
    mvc.perform(get("/admin/staff").with(user("staff").roles("STAFF")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin").with(user(principal(estate.manager))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/admin/staff")))
        .andExpect(content().string(containsString("/admin/communities")));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static RequestPostProcessor admin() {
    return user("admin").roles("ADMIN");
  }

  /** A filled-in community form; overrides are field, value pairs replacing the defaults. */
  private static MockHttpServletRequestBuilder communityForm(MockHttpServletRequestBuilder request,
      String name, String code, String... overrides) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("code", code);
    fields.put("address", "测试路 8 号");
    fields.put("feeYearStartMonth", "1");
    fields.put("weekdayWindows", "09:30-12:00,15:00-18:00");
    fields.put("weekendWindows", "10:30-12:00");
    fields.put("bankAccountName", "测试物业");
    fields.put("bankName", "测试银行");
    fields.put("bankAccountNumber", "6222000011112222");
    fields.put("caseOpeningDays", "15");
    for (int i = 0; i < overrides.length; i += 2) {
      fields.put(overrides[i], overrides[i + 1]);
    }
    fields.forEach(request::param);
    return request;
  }

  private static MockHttpServletRequestBuilder unitForm(long buildingId, String number, String floor,
      String area) {
    return post("/admin/buildings/" + buildingId + "/units").param("number", number)
        .param("floor", floor).param("area", area).param("use", "RESIDENTIAL")
        .param("occupancy", "OCCUPIED");
  }

  /** Posts as an admin and expects the form back (200, not a redirect), returning the page. */
  private String rerendered(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(admin()).with(csrf()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  /** The text shown under a field: the element with id "FIELD-error". */
  private static String fieldError(String html, String field) {
    Matcher m = Pattern.compile("<div[^>]*id=\"" + Pattern.quote(field) + "-error\"[^>]*>(.*?)</div>",
        Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("an error shown under field %s", field).isTrue();
    return m.group(1).trim();
  }

  /** The input or select element of a field. */
  private static String inputOf(String html, String field) {
    Matcher m = Pattern.compile("<(input|select)[^>]*id=\"" + Pattern.quote(field) + "\"[^>]*>").matcher(html);
    assertThat(m.find()).as("field %s", field).isTrue();
    return m.group();
  }

  /** The table row with the given id. */
  private static String rowOf(String html, String id) {
    Matcher m = Pattern.compile("<tr[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
        .matcher(html);
    assertThat(m.find()).as("row %s", id).isTrue();
    return m.group(1);
  }

  private long unitCount(long buildingId) {
    return viewEstate.searchUnits(new UnitSearch(null, buildingId, null, null, null),
        Viewer.everything(0), new PageRequest(0, 1)).total();
  }

  private static long idIn(String url, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(url);
    assertThat(m.find()).as("%s in %s", pattern, url).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String letters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
