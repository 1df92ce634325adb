package com.collection.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.staff.StaffMembers;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  StaffMembers staff;

  EstateFixture estate;

  @BeforeAll
  void estate() {
    estate = new EstateFixture(context);
  }

  @Test
  void theFirstStartOutsideDemoModeCreatesAnAdminWithAOneTimePassword() {
    var admin = staff.byUsername("admin").orElseThrow();
    assertThat(admin.role().name()).isEqualTo("ADMIN");
    assertThat(admin.mustChangePassword()).isTrue();
  }

  @Test
  void aNewStaffMemberSignsInAndMustFirstChooseTheirOwnPassword() throws Exception {
    MvcResult signIn = mvc.perform(post("/login").with(csrf())
            .param("username", estate.staffA.username()).param("password", EstateFixture.PASSWORD))
        .andExpect(status().is3xxRedirection()).andReturn();
    MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

    mvc.perform(get("/units").session(session)).andExpect(redirectedUrl("/account/password"));
    mvc.perform(post("/account/password").session(session).with(csrf())
            .param("currentPassword", EstateFixture.PASSWORD).param("newPassword", "short")
            .param("repeatPassword", "short"))
        .andExpect(status().isOk());
    mvc.perform(post("/account/password").session(session).with(csrf())
            .param("currentPassword", EstateFixture.PASSWORD).param("newPassword", "my-own-password")
            .param("repeatPassword", "my-own-password"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/units").session(session)).andExpect(status().isOk());
    assertThat(staff.byId(estate.staffA.id()).orElseThrow().mustChangePassword()).isFalse();
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    mvc.perform(post("/login").with(csrf()).param("username", estate.manager.username()).param("password", "nope-nope"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void repeatedFailuresThrottleTheUsernameEvenWithTheRightPassword() throws Exception {
    String username = estate.staffB.username();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "guess-" + i)
              .with(request -> { request.setRemoteAddr("10.9.8." + request.hashCode() % 200); return request; }))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(post("/login").with(csrf()).param("username", username).param("password", EstateFixture.PASSWORD))
        .andExpect(redirectedUrl("/login?throttled"));
  }

  @Test
  void repeatedFailuresFromOneAddressThrottleThatAddress() throws Exception {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
      mvc.perform(post("/login").with(csrf()).param("username", "nobody" + i).param("password", "guess")
              .with(request -> { request.setRemoteAddr("192.0.2.77"); return request; }))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(post("/login").with(csrf()).param("username", estate.manager.username()).param("password", EstateFixture.PASSWORD)
            .with(request -> { request.setRemoteAddr("192.0.2.77"); return request; }))
        .andExpect(redirectedUrl("/login?throttled"));
  }

  @Test
  void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/login").param("username", estate.manager.username()).param("password", EstateFixture.PASSWORD))
        .andExpect(status().isForbidden());
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    MvcResult signIn = mvc.perform(post("/login").with(csrf())
            .param("username", estate.manager.username()).param("password", EstateFixture.PASSWORD))
        .andReturn();
    MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
    mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    mvc.perform(get("/units").session(session)).andExpect(status().is3xxRedirection());
  }
}
