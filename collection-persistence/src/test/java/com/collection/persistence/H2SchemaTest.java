package com.collection.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.staff.PasswordHasher;
import com.collection.core.staff.Role;
import com.collection.core.staff.SignInAttempts;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same migrations run on H2 in PostgreSQL mode (the zero-setup default), and the entities
 * validate against them.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:h2schema;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.driver-class-name=org.h2.Driver",
    "spring.jpa.hibernate.ddl-auto=validate"})
class H2SchemaTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  Communities communities;

  @Autowired
  StaffMembers staff;

  @Autowired
  SignInAttempts attempts;

  @Test
  void migratesAndValidatesOnH2() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
    Community saved = communities.save(Community.create("测试小区", "HT", null, 1, List.of(), List.of(), null, 15));
    assertThat(communities.byId(saved.id())).isPresent();
  }

  /** The account's access row, and a name that can't be one finds nobody (it is not looked up). */
  @Test
  void staffAreFoundByTheirNameAndIdOnH2() {
    StaffMember member = staff.save(StaffMember.create("h2.user", "H2", Role.STAFF, "first-pass", new PasswordHasher() {
      @Override
      public String hash(String raw) {
        return "hash";
      }

      @Override
      public boolean matches(String raw, String hash) {
        return false;
      }
    }));
    assertThat(staff.byUsername("H2.User ")).map(StaffMember::id).contains(member.id());
    assertThat(staff.byUsername("h2.user\u0000")).isEmpty();
    assertThat(staff.byUsername("h2.user\u0000\u0000")).isEmpty();
    assertThat(staff.access(member.id())).hasValueSatisfying(access -> {
      assertThat(access.role()).isEqualTo(Role.STAFF);
      assertThat(access.enabled()).isTrue();
      assertThat(access.passwordHash()).isEqualTo("hash");
    });
  }

  @Test
  void signInAttemptsAreCountedOnH2() {
    Instant now = Instant.parse("2026-03-01T08:00:00Z");
    long first = attempts.record("h2.guess", "198.51.100.1", now.minusSeconds(60));
    attempts.record("h2.guess", "198.51.100.2", now);
    assertThat(attempts.countForUsername("h2.guess", now.minusSeconds(120))).isEqualTo(2);
    assertThat(attempts.countFromAddress("198.51.100.1", now.minusSeconds(120))).isEqualTo(1);
    attempts.clearUsername("h2.guess", first + 1);
    assertThat(attempts.countForUsername("h2.guess", now.minusSeconds(120))).isEqualTo(1);
    assertThat(attempts.countFromAddress("198.51.100.1", now.minusSeconds(120))).as("the address still").isEqualTo(1);
    assertThat(attempts.deleteBefore(now.minusSeconds(30))).isEqualTo(1);
    assertThat(attempts.countFromAddress("198.51.100.1", now.minusSeconds(120))).isZero();
  }

  @Test
  void theAuditLogIsAppendOnlyOnH2Too() {
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    jdbc.update("INSERT INTO audit_entry (at, action, object_kind, object_id, before_json, after_json)"
        + " VALUES (CURRENT_TIMESTAMP, 'community.created', 'community', '1', '{}', '{}')");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET object_id = '2'"))
        .hasMessageContaining("append-only");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry"))
        .hasMessageContaining("append-only");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object_id = '1'", Long.class)).isEqualTo(1);
  }
}
