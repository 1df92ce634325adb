package com.collection.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.staff.ChangeOwnPassword;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.RawHttp;
import com.collection.web.support.WebAppTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The {@code Host} header is the client's to say: no redirect and no link may take a host from it,
 * or a forged one sends people (or a cache's copy of a page) elsewhere.
 */
@WebAppTest
class ForgedHostTest {

  private static final String EVIL = "evil.example";

  @Autowired
  MockMvc mvc;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  ChangeOwnPassword changeOwnPassword;
  @LocalServerPort
  int port;

  @Test
  void theContainerSendsRedirectsAsPaths() throws Exception {
    // what Tomcat itself makes of a redirect: over a socket, since HTTP clients won't forge Host
    for (String path : List.of("/units", "/", "/admin/staff?x=1")) {
      RawHttp.Answer answer = RawHttp.send(port, "GET", path, EVIL);
      assertThat(answer.status()).as("status of %s", path).isEqualTo(302);
      assertThat(answer.header("Location")).as("Location of %s", path).isEqualTo("/login");
      assertThat(answer.headers()).noneMatch(h -> h.toLowerCase().contains(EVIL));
    }
  }

  @Test
  void theSignInReturnsToThePageAskedForWithoutItsHost() throws Exception {
    StaffMember member = manageStaff.create("host" + ThreadLocalRandom.current().nextInt(1_000_000), "主机",
        Role.STAFF, EstateFixture.PASSWORD);
    changeOwnPassword.change(member.id(), EstateFixture.PASSWORD, "own-password-1", "own-password-1");
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/units?communityId=1").header("Host", EVIL).session(session))
        .andExpect(status().is3xxRedirection());
    String target = mvc.perform(post("/login").header("Host", EVIL).session(session).with(csrf())
            .with(request -> {
              request.setRemoteAddr("192.0.2.220");
              return request;
            })
            .param("username", member.username()).param("password", "own-password-1"))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    assertThat(target).as("where the sign-in leads").startsWith("/units?communityId=1").doesNotContain(EVIL);
  }

  @Test
  void pagesLinkToThemselvesWithoutAHost() throws Exception {
    mvc.perform(get("/login").param("lang", "en").header("Host", EVIL))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/login?lang=zh-CN\"")))
        .andExpect(content().string(not(containsString(EVIL))));
  }
}
