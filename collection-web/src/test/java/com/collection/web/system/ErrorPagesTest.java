package com.collection.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.staff.ChangeOwnPassword;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.RawHttp;
import com.collection.web.support.WebAppTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

@WebAppTest
class ErrorPagesTest {

  @Autowired
  MockMvc mvc;
  @LocalServerPort
  int port;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  ChangeOwnPassword changeOwnPassword;

  @Test
  void healthIsPublic() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("UP")));
  }

  @Test
  void otherActuatorEndpointsNeedAnAdmin() throws Exception {
    mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/actuator/info").with(user("clerk").roles("STAFF")))
        .andExpect(status().isForbidden());
  }

  @Test
  void pagesNeedASignIn() throws Exception {
    mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void anUnknownPageIsA404InChineseWithoutAStackTrace() throws Exception {
    mvc.perform(get("/no/such/page").with(user("clerk").roles("STAFF")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("您要找的页面或记录不存在")))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void theNotFoundPageSpeaksEnglishWhenAsked() throws Exception {
    mvc.perform(get("/no/such/page").param("lang", "en").with(user("clerk").roles("STAFF")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("does not exist")));
  }

  @Test
  void aRefusedRequestIsForwardedToTheAccessDeniedPageWhateverItsMethod() throws Exception {
    var clerk = user("clerk").roles("STAFF");
    // no right to the page, no CSRF token, a wrong one, another method
    for (var refused : List.of(post("/admin/staff/new").with(clerk).with(csrf()).param("role", "ADMIN"),
        post("/cashup").with(clerk).param("counted", "1.00"),
        post("/cashup").with(clerk).with(csrf().useInvalidToken()).param("counted", "1.00"),
        put("/units").with(clerk), delete("/admin/staff").with(clerk).with(csrf()))) {
      mvc.perform(refused).andExpect(status().isForbidden()).andExpect(forwardedUrl("/denied"));
    }
    // where the forward lands answers every method with the page (MockMvc does not follow forwards)
    for (var method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
      mvc.perform(request(method, "/denied").with(clerk).with(csrf()))
          .andExpect(status().isForbidden())
          .andExpect(content().string(containsString("无权访问")))
          .andExpect(content().string(not(containsString("请求无效"))));
    }
  }

  @Test
  void theServerAnswersARefusedPostWithTheAccessDeniedPage() throws Exception {
    StaffMember clerk = manageStaff.create("denied" + ThreadLocalRandom.current().nextInt(1_000_000), "拒绝",
        Role.STAFF, "first-password-1");
    changeOwnPassword.change(clerk.id(), "first-password-1", "own-password-1", "own-password-1");
    String session = RawHttp.signIn(port, clerk.username(), "own-password-1");
    // the container follows the forward: no CSRF token, as a stale form would send; no right to the page
    for (String[] refused : List.of(new String[] {"POST", "/cashup"}, new String[] {"PUT", "/units"},
        new String[] {"DELETE", "/payments"}, new String[] {"POST", "/admin/staff/new"})) {
      RawHttp.Answer answer = RawHttp.send(port, refused[0], refused[1], "localhost", session, "counted=1.00");
      assertThat(answer.status()).as("%s %s: %s", refused[0], refused[1], answer.headers()).isEqualTo(403);
      assertThat(answer.body()).contains("无权访问").doesNotContain("请求无效");
    }
  }
}
