package com.collection.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import com.collection.core.staff.ThrottleSignIns;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
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
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Clock clock;
  @Autowired
  ManageStaff manageStaff;
  final AtomicInteger members = new AtomicInteger();

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
    for (int i = 0; i < ThrottleSignIns.MAX_PER_USERNAME; i++) {
      mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "guess-" + i)
              .with(request -> { request.setRemoteAddr("10.9.8." + request.hashCode() % 200); return request; }))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(post("/login").with(csrf()).param("username", username).param("password", EstateFixture.PASSWORD))
        .andExpect(redirectedUrl("/login?throttled"));
  }

  @Test
  void repeatedFailuresFromOneAddressThrottleThatAddress() throws Exception {
    for (int i = 0; i < ThrottleSignIns.MAX_PER_ADDRESS; i++) {
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

  @Test
  void fortyParallelWrongPasswordsForOneUsernameAreCheckedAtMostFiveTimes() throws Exception {
    String username = newMember().username();
    assertThat(signInFrom("198.51.100.200", username, "wrong")).as("one checked alone first").isEqualTo("/login?error");
    // each from its own address, so that only the username's limit applies
    Map<String, Integer> answers = parallel(40, i -> signInFrom("198.51.100." + (i + 1), username, "wrong-" + i));
    assertThat(answers.getOrDefault("/login?error", 0)).as("passwords checked, of %s", answers)
        .isLessThanOrEqualTo(ThrottleSignIns.MAX_PER_USERNAME - 1);
    assertThat(answers.getOrDefault("/login?throttled", 0)).as("refused unchecked, of %s", answers)
        .isEqualTo(40 - answers.getOrDefault("/login?error", 0));
    // then one by one until refused: exactly the limit was ever checked, and then even the right password is refused
    int checked = 1 + answers.getOrDefault("/login?error", 0) + untilThrottled(i -> signInFrom("198.51.100.201", username, "wrong"));
    assertThat(checked).isEqualTo(ThrottleSignIns.MAX_PER_USERNAME);
    assertThat(signInFrom("198.51.100.202", username, EstateFixture.PASSWORD)).isEqualTo("/login?throttled");
  }

  @Test
  void sixtyParallelAttemptsFromOneAddressAreCheckedAtMostTwenty() throws Exception {
    String address = "203.0.113.60";
    String prefix = "guess." + estate.suffix.toLowerCase() + ".";
    assertThat(signInFrom(address, prefix + "first", "guess")).as("one checked alone first").isEqualTo("/login?error");
    Map<String, Integer> answers = parallel(60, i -> signInFrom(address, prefix + i, "guess"));
    assertThat(answers.getOrDefault("/login?error", 0)).as("passwords checked, of %s", answers)
        .isLessThanOrEqualTo(ThrottleSignIns.MAX_PER_ADDRESS - 1);
    assertThat(answers.getOrDefault("/login?throttled", 0)).isEqualTo(60 - answers.getOrDefault("/login?error", 0));
    int checked = 1 + answers.getOrDefault("/login?error", 0) + untilThrottled(i -> signInFrom(address, prefix + "after" + i, "guess"));
    assertThat(checked).isEqualTo(ThrottleSignIns.MAX_PER_ADDRESS);
    assertThat(signInFrom(address, newMember().username(), EstateFixture.PASSWORD)).isEqualTo("/login?throttled");
  }

  @Test
  void aUsernameThatCantBeOneIsRefusedBeforeItIsCountedOrLookedUp() throws Exception {
    String address = "203.0.113.7";
    String username = newMember().username();
    // Spring Security trims control characters off the name it checks: staff1\0 was staff1
    List<String> forged = List.of(username + "\u0000", username + "\u0000\u0000", "\u0000" + username,
        username + "%00", username + "\u200b", username.replace('.', '\u3002'), "ab", "x".repeat(51),
        "a'b--", "", " ");
    for (String name : forged) {
      assertThat(signInFrom(address, name, EstateFixture.PASSWORD)).as("sign-in as %s", name.replace("\u0000", "\\0"))
          .isEqualTo("/login?error");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE address = ?", Integer.class, address))
        .as("attempts counted for refused names").isZero();
    // more of them than either limit gives no fresh tries and throttles nothing
    for (int i = 0; i < ThrottleSignIns.MAX_PER_ADDRESS + 1; i++) {
      assertThat(signInFrom(address, username + "\u0000".repeat(i + 1), "guess")).isEqualTo("/login?error");
    }
    // a name is lower-cased and loses surrounding spaces, as when the account was made
    assertThat(signInFrom(address, " " + username.toUpperCase() + " ", EstateFixture.PASSWORD)).isEqualTo("/");
  }

  @Test
  void aSuccessClearsTheUsernamesFailuresButNotTheAddresss() throws Exception {
    String address = "203.0.113.8";
    String username = newMember().username();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < ThrottleSignIns.MAX_PER_USERNAME - 1; i++) {
        assertThat(signInFrom(address, username, "typo-" + i)).isEqualTo("/login?error");
      }
      assertThat(signInFrom(address, username, EstateFixture.PASSWORD)).as("round %s", round).isEqualTo("/");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE address = ?", Integer.class, address))
        .as("the address's failures still count").isEqualTo(2 * (ThrottleSignIns.MAX_PER_USERNAME - 1));
  }

  @Test
  void attemptsOlderThanTheWindowAreDeleted() throws Exception {
    Instant now = clock.instant();
    jdbc.update("INSERT INTO login_attempt (username, address, attempted_at) VALUES ('old.one', '203.0.113.9', ?)",
        Timestamp.from(now.minus(ThrottleSignIns.WINDOW).minus(Duration.ofMinutes(1))));
    assertThat(signInFrom("203.0.113.10", "someone.else", "guess")).isEqualTo("/login?error");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE attempted_at < ?", Integer.class,
        Timestamp.from(now.minus(ThrottleSignIns.WINDOW)))).isZero();
  }

  /** Wrong attempts one after the other until one is throttled: how many were checked. */
  private static int untilThrottled(Attempt attempt) throws Exception {
    for (int i = 0; i < 100; i++) {
      String answer = attempt.run(i);
      if (answer.equals("/login?throttled")) {
        return i;
      }
      assertThat(answer).isEqualTo("/login?error");
    }
    throw new AssertionError("never throttled");
  }

  /** A new account of this test alone (its one-time password is {@link EstateFixture#PASSWORD}). */
  private StaffMember newMember() {
    return manageStaff.create("t" + members.incrementAndGet() + "." + estate.suffix.toLowerCase(), "测试",
        Role.STAFF, EstateFixture.PASSWORD);
  }

  /** Where a sign-in's answer redirects to (the page after a success, or the sign-in page with a flag). */
  private String signInFrom(String address, String username, String password) throws Exception {
    return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
            .with(from(address)))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @FunctionalInterface
  interface Attempt {
    String run(int i) throws Exception;
  }

  /** Runs the attempts at once (all threads start together) and counts their answers. */
  private static Map<String, Integer> parallel(int count, Attempt attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        Callable<String> task = () -> {
          start.await();
          return attempt.run(n);
        };
        answers.add(pool.submit(task));
      }
      start.countDown();
      Map<String, Integer> counted = new TreeMap<>();
      for (Future<String> answer : answers) {
        counted.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
      }
      return counted;
    } finally {
      pool.shutdownNow();
    }
  }
}
