package com.collection.core.demo;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.Changes;
import com.collection.core.staff.PasswordHasher;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fills an empty database with the demo company, so a first run has something to work with. */
@Service
public class GenerateDemoCompany {

  /** The demo staff sign-ins (also listed in the README). */
  public static final String DEMO_PASSWORD = "demo1234";
  public static final List<DemoLogin> LOGINS = List.of(
      new DemoLogin("admin", DEMO_PASSWORD, "系统管理员", "ADMIN", "—"),
      new DemoLogin("manager", DEMO_PASSWORD, "王经理", "MANAGER", "*"),
      new DemoLogin("staff1", DEMO_PASSWORD, "李娜", "STAFF", "1"),
      new DemoLogin("staff2", DEMO_PASSWORD, "张伟", "STAFF", "2"),
      new DemoLogin("staff3", DEMO_PASSWORD, "刘洋", "STAFF", "3"));

  private final DemoCompany demo;
  private final PasswordHasher hasher;
  private final StaffMembers staff;
  private final Audit audit;
  private final Clock clock;

  public GenerateDemoCompany(DemoCompany demo, PasswordHasher hasher, StaffMembers staff, Audit audit, Clock clock) {
    this.demo = demo;
    this.hasher = hasher;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Optional<DemoCompany.Summary> generateIfEmpty(DemoCompanySize size, long seed) {
    if (!demo.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    DemoCompany.Summary summary = demo.generate(size, seed, today, hasher.hash(DEMO_PASSWORD), LOGINS);
    logTheAccounts(today);
    return Optional.of(summary);
  }

  /**
   * The estate is written in bulk, not through the use cases, so the audit log gets the demo's
   * accounts and building assignments here: made by the admin when the estate was taken on, a year
   * before the history ends (the admin's own account by the system).
   */
  private void logTheAccounts(LocalDate today) {
    ZoneId zone = clock.getZone();
    Clock setUp = Clock.fixed(today.minusYears(1).atTime(9, 0).atZone(zone).toInstant(), zone);
    Long admin = staff.byUsername("admin").map(StaffMember::id).orElse(null);
    for (StaffMember member : staff.all().stream().sorted(Comparator.comparing(StaffMember::id)).toList()) {
      boolean self = member.id().equals(admin);
      audit.of(AuditAction.STAFF_CREATED, member.id(), setUp).by(self ? null : admin).write(Changes.none()
          .set("username", member.username()).set("displayName", member.displayName()).set("role", member.role())
          .set("enabled", member.enabled()));
      if (!member.buildingIds().isEmpty()) {
        audit.of(AuditAction.STAFF_BUILDINGS_ASSIGNED, member.id(), setUp).by(admin).write(Changes.none()
            .change("buildingIds", java.util.Set.of(), member.buildingIds()));
      }
    }
  }
}
