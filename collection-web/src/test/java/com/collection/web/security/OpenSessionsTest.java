package com.collection.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.Payments;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ChangeOwnPassword;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An account changed by an admin takes effect on the next request of a session that is already
 * open: real sessions, signed in through the sign-in form, then the account is disabled, demoted,
 * given a new password or unassigned from its building, and the same session asks again.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSessionsTest {

  private static final String OWN_PASSWORD = "own-password-1";
  /** Sign-ins of this class come from an address of their own (the throttle counts per address). */
  private static final String ADDRESS = "192.0.2.210";

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  ChangeOwnPassword changeOwnPassword;
  @Autowired
  StaffMembers staff;
  @Autowired
  Payments payments;

  EstateFixture estate;
  final AtomicInteger accounts = new AtomicInteger();

  @BeforeAll
  void estate() {
    estate = new EstateFixture(context);
  }

  @Test
  void aDisabledAccountsSessionIsSignedOutOnItsNextRequest() throws Exception {
    StaffMember clerk = account(Role.STAFF, estate.buildingA.id());
    MockHttpSession session = signIn(clerk);
    mvc.perform(get("/units/" + estate.unitA.id()).session(session)).andExpect(status().isOk());

    manageStaff.edit(-1, clerk.id(), clerk.displayName(), Role.STAFF, false);

    mvc.perform(get("/units/" + estate.unitA.id()).session(session)).andExpect(redirectedUrl("/login?ended"));
    assertThat(session.isInvalid()).as("the session ended").isTrue();
    mvc.perform(get("/login").param("ended", "")).andExpect(content().string(containsString("账户已停用或密码已重设")));
  }

  @Test
  void aDemotedAdminsSessionCanNoLongerCreateAnAdmin() throws Exception {
    StaffMember admin = account(Role.ADMIN);
    MockHttpSession session = signIn(admin);
    mvc.perform(get("/admin/staff").session(session)).andExpect(status().isOk());

    manageStaff.edit(-1, admin.id(), admin.displayName(), Role.STAFF, true);

    String username = "made.by." + estate.suffix.toLowerCase();
    mvc.perform(post("/admin/staff/new").session(session).with(csrf())
            .param("username", username).param("displayName", "新管理员").param("role", "ADMIN")
            .param("password", "first-password"))
        .andExpect(status().isForbidden());
    assertThat(staff.byUsername(username)).as("no account created").isEmpty();
    mvc.perform(get("/admin/staff").session(session)).andExpect(status().isForbidden());
    // the pages show the role as it is now: no admin link, "staff" in the top bar
    mvc.perform(get("/").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("href=\"/admin\""))))
        .andExpect(content().string(containsString("（客服）")));
  }

  @Test
  void aDemotedManagersSessionCanNoLongerReverseAPayment() throws Exception {
    StaffMember manager = account(Role.MANAGER);
    MockHttpSession session = signIn(manager);
    mvc.perform(get("/adjustments").session(session)).andExpect(status().isOk());
    Payment payment = pay(estate.unitA.id());

    manageStaff.edit(-1, manager.id(), manager.displayName(), Role.STAFF, true);

    mvc.perform(post("/payments/" + payment.id() + "/reverse").session(session).with(csrf()).param("reason", "试试"))
        .andExpect(status().isForbidden());
    assertThat(payments.byId(payment.id()).orElseThrow().reversed()).as("payment reversed").isFalse();
    mvc.perform(get("/adjustments").session(session)).andExpect(status().isForbidden());
  }

  @Test
  void aDisabledManagersSessionCanNoLongerReverseAPayment() throws Exception {
    StaffMember manager = account(Role.MANAGER);
    MockHttpSession session = signIn(manager);
    Payment payment = pay(estate.unitB.id());

    manageStaff.edit(-1, manager.id(), manager.displayName(), Role.MANAGER, false);

    mvc.perform(post("/payments/" + payment.id() + "/reverse").session(session).with(csrf()).param("reason", "试试"))
        .andExpect(redirectedUrl("/login?ended"));
    assertThat(payments.byId(payment.id()).orElseThrow().reversed()).as("payment reversed").isFalse();
  }

  @Test
  void aPasswordResetEndsTheSessionsOpenedWithTheOldPassword() throws Exception {
    StaffMember clerk = account(Role.STAFF, estate.buildingA.id());
    MockHttpSession session = signIn(clerk);
    mvc.perform(get("/units/" + estate.unitA.id()).session(session)).andExpect(status().isOk());

    manageStaff.resetPassword(clerk.id(), "one-time-password");

    mvc.perform(get("/units/" + estate.unitA.id()).session(session)).andExpect(redirectedUrl("/login?ended"));
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void choosingANewPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
    StaffMember clerk = account(Role.STAFF, estate.buildingA.id());
    MockHttpSession here = signIn(clerk);
    MockHttpSession elsewhere = signIn(clerk);

    mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", OWN_PASSWORD)
            .param("newPassword", "newer-password-2").param("repeatPassword", "newer-password-2"))
        .andExpect(redirectedUrl("/"));

    mvc.perform(get("/units/" + estate.unitA.id()).session(here)).andExpect(status().isOk());
    mvc.perform(get("/units/" + estate.unitA.id()).session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
  }

  @Test
  void anUnassignedStaffMembersSessionCanNoLongerOpenTheUnit() throws Exception {
    StaffMember clerk = account(Role.STAFF, estate.buildingA.id());
    MockHttpSession session = signIn(clerk);
    mvc.perform(get("/units/" + estate.unitA.id()).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(estate.ownerA.name())));

    manageStaff.assignBuildings(clerk.id(), Set.of());

    mvc.perform(get("/units/" + estate.unitA.id()).session(session))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerA.name()))));
    mvc.perform(get("/units").param("communityId", estate.community.id().toString()).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/units/" + estate.unitA.id()))));
  }

  @Test
  void aPromotionTakesEffectOnTheNextRequestToo() throws Exception {
    StaffMember clerk = account(Role.STAFF);
    MockHttpSession session = signIn(clerk);
    mvc.perform(get("/adjustments").session(session)).andExpect(status().isForbidden());

    manageStaff.edit(-1, clerk.id(), "改名后" + estate.suffix, Role.MANAGER, true);

    mvc.perform(get("/adjustments").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("改名后" + estate.suffix)));
  }

  /** A signed-in session of the member, through the sign-in form. */
  private MockHttpSession signIn(StaffMember member) throws Exception {
    var signIn = mvc.perform(post("/login").with(csrf()).with(fromAddress())
            .param("username", member.username()).param("password", OWN_PASSWORD))
        .andExpect(redirectedUrl("/"))
        .andReturn();
    return (MockHttpSession) signIn.getRequest().getSession(false);
  }

  /** A new account past its one-time password, assigned these buildings. */
  private StaffMember account(Role role, Long... buildingIds) {
    StaffMember member = manageStaff.create("open" + accounts.incrementAndGet() + "." + estate.suffix.toLowerCase(),
        "会话" + accounts.get(), role, EstateFixture.PASSWORD);
    changeOwnPassword.change(member.id(), EstateFixture.PASSWORD, OWN_PASSWORD, OWN_PASSWORD);
    return manageStaff.assignBuildings(member.id(), Set.of(buildingIds));
  }

  private Payment pay(long unitId) {
    LocalDate today = LocalDate.now(context.getBean(Clock.class));
    return context.getBean(RecordPayment.class).record(new RecordPaymentCommand(unitId, new BigDecimal("10.00"),
        PaymentMethod.CASH, "付款人", null, today, List.of(), UUID.randomUUID().toString(),
        Viewer.everything(estate.manager.id())));
  }

  private static RequestPostProcessor fromAddress() {
    return request -> {
      request.setRemoteAddr(ADDRESS);
      return request;
    };
  }
}
