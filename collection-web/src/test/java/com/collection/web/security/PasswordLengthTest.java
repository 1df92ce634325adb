package com.collection.web.security;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * BCrypt reads at most 72 bytes of a password: a longer one (in UTF-8; 25 Chinese characters are 75
 * bytes) gets a message on the staff, reset and account forms, and nothing changes.
 */
@WebAppTest
class PasswordLengthTest {

  /** 73 bytes in ASCII, and 75 bytes in 25 characters of Chinese: both within 100 characters. */
  private static final List<String> TOO_LONG = List.of("a".repeat(73), "密码".repeat(12) + "密");

  @Autowired
  MockMvc mvc;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  PasswordEncoder encoder;

  private StaffMember someone(Role role) {
    return manageStaff.create("len" + ThreadLocalRandom.current().nextInt(1_000_000_000), "长密码", role,
        EstateFixture.PASSWORD);
  }

  @Test
  void aNewAccountWithAPasswordOver72BytesGetsAFieldError() throws Exception {
    for (String password : TOO_LONG) {
      String username = "new" + ThreadLocalRandom.current().nextInt(1_000_000_000);
      mvc.perform(post("/admin/staff/new").with(user("admin").roles("ADMIN")).with(csrf())
              .param("username", username).param("displayName", "新人").param("role", "STAFF")
              .param("password", password))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("密码不能超过 72 个字节")));
      assertThat(manageStaff.all()).noneMatch(m -> m.username().equals(username));
    }
  }

  @Test
  void aResetToAPasswordOver72BytesGetsAFieldError() throws Exception {
    StaffMember member = someone(Role.STAFF);
    for (String password : TOO_LONG) {
      mvc.perform(post("/admin/staff/" + member.id() + "/password").with(user("admin").roles("ADMIN")).with(csrf())
              .param("password", password))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("密码不能超过 72 个字节")));
    }
    assertThat(manageStaff.byId(member.id()).passwordHash()).isEqualTo(member.passwordHash());
  }

  @Test
  void choosingOwnPasswordOver72BytesGetsAFieldError() throws Exception {
    StaffMember member = someone(Role.STAFF);
    for (String password : TOO_LONG) {
      mvc.perform(post(SecurityConfig.CHANGE_PASSWORD).with(user(principal(member))).with(csrf())
              .param("currentPassword", EstateFixture.PASSWORD).param("newPassword", password)
              .param("repeatPassword", password))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("密码不能超过 72 个字节")));
      // a current password that long can't be right, and says so rather than failing
      mvc.perform(post(SecurityConfig.CHANGE_PASSWORD).with(user(principal(member))).with(csrf())
              .param("currentPassword", password).param("newPassword", "another-pass-1")
              .param("repeatPassword", "another-pass-1"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("当前密码不正确")));
    }
    assertThat(encoder.matches(EstateFixture.PASSWORD, manageStaff.byId(member.id()).passwordHash())).isTrue();
  }
}
