package com.collection.web.startup;

import com.collection.core.demo.AdjustDemoCompany;
import com.collection.core.demo.BillDemoCompany;
import com.collection.core.demo.DemoCompanySize;
import com.collection.core.demo.PayDemoCompany;
import com.collection.core.demo.DemoLogin;
import com.collection.core.demo.GenerateDemoCompany;
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

  private final GenerateDemoCompany generateDemoCompany;
  private final CreateFirstAdmin createFirstAdmin;
  private final BillDemoCompany billDemoCompany;
  private final PayDemoCompany payDemoCompany;
  private final AdjustDemoCompany adjustDemoCompany;
  private final com.collection.core.demo.DemoLateFees demoLateFees;
  private final com.collection.core.demo.DemoCashUps demoCashUps;
  private final boolean demo;
  private final long seed;
  private final String adminPassword;

  FirstRun(GenerateDemoCompany generateDemoCompany, CreateFirstAdmin createFirstAdmin,
      BillDemoCompany billDemoCompany, PayDemoCompany payDemoCompany, AdjustDemoCompany adjustDemoCompany,
      com.collection.core.demo.DemoLateFees demoLateFees, com.collection.core.demo.DemoCashUps demoCashUps,
      @Value("${collection.demo.enabled:false}") boolean demo,
      @Value("${collection.demo.seed:20261123}") long seed,
      @Value("${COLLECTION_ADMIN_PASSWORD:}") String adminPassword) {
    this.generateDemoCompany = generateDemoCompany;
    this.createFirstAdmin = createFirstAdmin;
    this.billDemoCompany = billDemoCompany;
    this.payDemoCompany = payDemoCompany;
    this.adjustDemoCompany = adjustDemoCompany;
    this.demoLateFees = demoLateFees;
    this.demoCashUps = demoCashUps;
    this.demo = demo;
    this.seed = seed;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo) {
      long started = System.nanoTime();
      generateDemoCompany.generateIfEmpty(DemoCompanySize.DEFAULT, seed).ifPresent(summary -> {
        long estateDone = System.nanoTime();
        long bills = billDemoCompany.billLastYear();
        long billsDone = System.nanoTime();
        int payments = payDemoCompany.payLastYear(seed);
        long paymentsDone = System.nanoTime();
        demoLateFees.switchOn();
        int adjustments = adjustDemoCompany.adjust();
        int cashUps = demoCashUps.closeRecentDays();
        log.info("Demo phases: estate {} ms, bills {} ms, payments {} ms, late fees, adjustments and cash-ups {} ms",
            (estateDone - started) / 1_000_000, (billsDone - estateDone) / 1_000_000,
            (paymentsDone - billsDone) / 1_000_000, (System.nanoTime() - paymentsDone) / 1_000_000);
        log.info("Demo company generated in {} ms: {} communities, {} buildings, {} units, {} owners, {} bills,"
            + " {} payments, {} adjustments, {} cash-ups", (System.nanoTime() - started) / 1_000_000,
            summary.communities(), summary.buildings(), summary.units(), summary.owners(), bills, payments, adjustments,
            cashUps);
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
