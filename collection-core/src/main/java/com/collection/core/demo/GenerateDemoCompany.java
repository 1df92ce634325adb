package com.collection.core.demo;

import com.collection.core.staff.PasswordHasher;
import java.time.Clock;
import java.time.LocalDate;
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
  private final Clock clock;

  public GenerateDemoCompany(DemoCompany demo, PasswordHasher hasher, Clock clock) {
    this.demo = demo;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Transactional
  public Optional<DemoCompany.Summary> generateIfEmpty(DemoCompanySize size, long seed) {
    if (!demo.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(demo.generate(size, seed, LocalDate.now(clock), hasher.hash(DEMO_PASSWORD), LOGINS));
  }
}
