package com.collection.web.audit;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log over HTTP: a change made through a page is logged with the signed-in person and
 * their address; managers find it by filters and export it; staff can't open the log; bad filters
 * get a message and no list.
 */
@WebAppTest
class AuditPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  JdbcTemplate jdbc;

  private StaffMember admin() {
    return manageStaff.create("aud" + ThreadLocalRandom.current().nextInt(1_000_000_000), "审计管理员", Role.ADMIN,
        "audit-admin-1");
  }

  @Test
  void aChangeMadeOnAPageNamesWhoMadeItFromWhereAndManagersFindIt() throws Exception {
    StaffMember admin = admin();
    EstateFixture estate = new EstateFixture(context);
    String username = "new" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    mvc.perform(post("/admin/staff/new").param("username", username).param("displayName", "新来的")
            .param("role", "STAFF").param("password", "first-pass-1").with(user(principal(admin))).with(csrf())
            .with(request -> {
              request.setRemoteAddr("10.1.2.3");
              return request;
            }))
        .andExpect(status().is3xxRedirection());
    long created = jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
    var row = jdbc.queryForMap("SELECT actor_id, address, action, object_kind, object_id FROM audit_entry"
        + " WHERE action = 'staff.created' AND object_id = ?", String.valueOf(created));
    assertThat(row).containsEntry("actor_id", admin.id()).containsEntry("address", "10.1.2.3")
        .containsEntry("object_kind", "staff");

    String page = mvc.perform(get("/audit").param("actor", admin.id().toString()).param("kind", "staff")
            .param("object", String.valueOf(created)).with(user(principal(estate.manager))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("新建员工账号")))
        .andExpect(content().string(containsString("审计管理员")))
        .andExpect(content().string(containsString("10.1.2.3")))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains(username).contains("1 / 1");

    String csv = mvc.perform(get("/audit.csv").param("actor", admin.id().toString()).param("kind", "staff")
            .param("object", String.valueOf(created)).with(user(principal(estate.manager))))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("text/csv")))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).hasSize(2);
    assertThat(csv).contains("staff.created", "10.1.2.3", "审计管理员", username);
  }

  @Test
  void theUnitPageLinksToTheUnitsEntries() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/units/" + estate.unitA.id()).with(user(principal(estate.manager))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/audit?unit=" + estate.unitA.id())));
    mvc.perform(get("/audit").param("unit", estate.unitA.id().toString()).with(user(principal(estate.manager))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("新建房屋")));
    mvc.perform(get("/units/" + estate.unitA.id()).with(user(principal(estate.staffA))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/audit?unit="))));
  }

  @Test
  void staffCanNotOpenTheLog() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    mvc.perform(get("/audit").with(user(principal(estate.staffA)))).andExpect(status().isForbidden());
    mvc.perform(get("/audit.csv").with(user(principal(estate.staffA)))).andExpect(status().isForbidden());
  }

  @Test
  void badFiltersGetAMessageAndNoList() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    var manager = user(principal(estate.manager));
    mvc.perform(get("/audit").param("from", "2026-13-01").with(manager))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("日期格式应为 2026-06-15")))
        .andExpect(content().string(not(containsString("id=\"audit-entries\""))));
    mvc.perform(get("/audit").param("from", "2026-06-02").param("to", "2026-06-01").with(manager))
        .andExpect(content().string(containsString("结束日期不能早于开始日期")));
    mvc.perform(get("/audit").param("unit", "abc").with(manager))
        .andExpect(content().string(containsString("编号只能是数字")));
    mvc.perform(get("/audit").param("action", "payment.deleted").with(manager))
        .andExpect(content().string(containsString("没有这种操作")));
    mvc.perform(get("/audit").param("kind", "<script>").with(manager))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("没有这种对象")))
        .andExpect(content().string(not(containsString("<script>"))));
    mvc.perform(get("/audit").param("actor", "99999999999999999999").with(manager))
        .andExpect(content().string(containsString("编号只能是数字")));
    mvc.perform(get("/audit.csv").param("from", "bad").with(manager)).andExpect(status().isBadRequest());
    mvc.perform(get("/audit").param("page", "2147483647").with(manager)).andExpect(status().isOk());
  }
}
