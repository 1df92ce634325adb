package com.collection.web.startup;

import com.collection.core.demo.DemoCompanySize;
import com.collection.core.demo.DemoLogin;
import com.collection.core.demo.GenerateDemoCompany;
import com.collection.core.demo.GenerateDemoHistory;
import com.collection.core.staff.CreateFirstAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * What a first start needs: in demo mode, the demo company (and its sign-ins, printed each start);
 * otherwise, on an empty database, the first admin with a one-time password.
 */
@Component
class FirstRun implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

  private final GenerateDemoHistory generateDemoHistory;
  private final CreateFirstAdmin createFirstAdmin;
  private final boolean demo;
  private final long seed;
  private final String adminPassword;

  FirstRun(GenerateDemoHistory generateDemoHistory, CreateFirstAdmin createFirstAdmin,
      @Value("${collection.demo.enabled:false}") boolean demo,
      @Value("${collection.demo.seed:20261123}") long seed,
      @Value("${COLLECTION_ADMIN_PASSWORD:}") String adminPassword) {
    this.generateDemoHistory = generateDemoHistory;
    this.createFirstAdmin = createFirstAdmin;
    this.demo = demo;
    this.seed = seed;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo) {
      generateDemoHistory.generateIfEmpty(DemoCompanySize.DEFAULT, seed).ifPresent(report -> {
        var phases = report.phases();
        log.info("Demo phases: estate {} ms, bills {} ms, payments {} ms, late fees, adjustments and cash-ups {} ms,"
            + " cases {} ms", phases.estateMillis(), phases.billsMillis(), phases.paymentsMillis(),
            phases.restMillis(), phases.casesMillis());
        var estate = report.estate();
        log.info("Demo company generated in {} ms: {} communities, {} buildings, {} units, {} owners, {} bills,"
            + " {} payments, {} late fees posted, {} adjustments, {} cash-ups, {} collection attempts",
            report.totalMillis(),
            estate.communities(), estate.buildings(), estate.units(), estate.owners(), report.bills(),
            report.payments(), report.lateFeesPosted(), report.adjustments(), report.cashUps(), report.attempts());
      });
      StringBuilder logins = new StringBuilder("Demo sign-ins (username / password / role):");
      for (DemoLogin login : GenerateDemoCompany.LOGINS) {
        logins.append(System.lineSeparator()).append("    ").append(login.username()).append(" / ")
            .append(login.password()).append(" / ").append(login.role()).append(" (")
            .append(login.displayName()).append(")");
      }
      log.info(logins.toString());
      return;
    }
    createFirstAdmin.createIfNoStaff(adminPassword).ifPresent(created -> {
      if (created.generatedPassword() != null) {
        log.warn("First admin created. Sign in as '{}' with the one-time password {} and choose your own;"
            + " it is not shown again.", created.username(), created.generatedPassword());
      } else {
        log.warn("First admin created. Sign in as '{}' with the password from COLLECTION_ADMIN_PASSWORD"
            + " and choose your own.", created.username());
      }
    });
  }
}
