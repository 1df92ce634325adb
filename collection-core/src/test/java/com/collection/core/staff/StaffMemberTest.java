package com.collection.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

  /** Reverses the text: enough to tell a hash from a password in a unit test. */
  private final PasswordHasher hasher = new PasswordHasher() {
    @Override
    public String hash(String raw) {
      return new StringBuilder(raw).reverse().toString();
    }

    @Override
    public boolean matches(String raw, String hash) {
      return hash(raw).equals(hash);
    }
  };

  @Test
  void aNewMemberMustChangeTheFirstPassword() {
    StaffMember member = StaffMember.create(" Li.Na ", "李娜", Role.STAFF, "first-pass", hasher);
    assertThat(member.username()).isEqualTo("li.na");
    assertThat(member.passwordHash()).isEqualTo("ssap-tsrif");
    assertThat(member.mustChangePassword()).isTrue();

    StaffMember changed = member.changePassword("first-pass", "my-own-pass", hasher);
    assertThat(changed.mustChangePassword()).isFalse();
    assertThat(hasher.matches("my-own-pass", changed.passwordHash())).isTrue();
  }

  @Test
  void aPasswordIsAtMost72BytesInUtf8ForBCrypt() {
    String ascii73 = "a".repeat(73);
    String chinese25 = "密".repeat(25);
    assertRule(() -> StaffMember.create("lina", "李娜", Role.STAFF, ascii73, hasher), "staff.password.tooLong");
    assertRule(() -> StaffMember.create("lina", "李娜", Role.STAFF, chinese25, hasher), "staff.password.tooLong");
    StaffMember member = StaffMember.create("lina", "李娜", Role.STAFF, "a".repeat(72), hasher);
    assertRule(() -> member.resetPassword(chinese25, hasher), "staff.password.tooLong");
    assertRule(() -> member.changePassword("a".repeat(72), ascii73, hasher), "staff.password.tooLong");
    assertThat(member.resetPassword("密".repeat(24), hasher).mustChangePassword()).isTrue();
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndALongEnoughNewOne() {
    StaffMember member = StaffMember.create("lina", "李娜", Role.STAFF, "first-pass", hasher);
    assertRule(() -> member.changePassword("wrong", "another-pass", hasher), "staff.password.wrong");
    assertRule(() -> member.changePassword("first-pass", "short", hasher), "staff.password.short");
    assertRule(() -> member.changePassword("first-pass", "first-pass", hasher), "staff.password.same");
  }

  @Test
  void usernamesAreSimpleAndPasswordsLong() {
    assertRule(() -> StaffMember.create("李娜", "李娜", Role.STAFF, "first-pass", hasher), "staff.username.format");
    assertRule(() -> StaffMember.create("lina", "李娜", Role.STAFF, "1234567", hasher), "staff.password.short");
    assertRule(() -> StaffMember.create("lina", " ", Role.STAFF, "first-pass", hasher), "validation.required");
  }

  @Test
  void onlyPlainStaffAreLimitedToTheirBuildings() {
    assertThat(Role.STAFF.seesAllBuildings()).isFalse();
    assertThat(Role.MANAGER.seesAllBuildings()).isTrue();
    StaffMember member = StaffMember.create("lina", "李娜", Role.STAFF, "first-pass", hasher)
        .assignBuildings(Set.of(3L, 4L));
    assertThat(member.buildingIds()).containsExactlyInAnyOrder(3L, 4L);
  }

  private static void assertRule(Runnable action, String code) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void aSignInNameIsLowerCasedAndTrimmedAndOtherwiseMustBeAUsername() {
    assertThat(StaffMember.signInName(" Li.Na ")).contains("li.na");
    assertThat(StaffMember.signInName("li_na-2")).contains("li_na-2");
    for (String name : new String[] {null, "", "  ", "ab", "x".repeat(51), "li.na\u0000", "\u0000li.na", "li na",
        "li.na\u200b", "李娜", "li.na%00", "li\u3002na", "x".repeat(500)}) {
      assertThat(StaffMember.signInName(name)).as("%s", name == null ? null : name.replace("\u0000", "\\0")).isEmpty();
    }
  }
}
