package com.collection.core.demo;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The whole demo company on an empty database, relative to the clock's today: the estate and its
 * staff, a year of bills up to the current period, payments up to yesterday (every day the desk is
 * open in the last two weeks among them), late fees, adjustments and the last two weeks' cash-ups.
 * Not one transaction: bill runs commit batch by batch and payments day by day, as at a real desk.
 */
@Service
public class GenerateDemoHistory {

  private final GenerateDemoCompany estate;
  private final BillDemoCompany bills;
  private final PayDemoCompany payments;
  private final DemoLateFees lateFees;
  private final AdjustDemoCompany adjustments;
  private final DemoCashUps cashUps;
  private final DemoCases cases;
  private final com.collection.core.arrears.FollowTheLedger followTheLedger;

  public GenerateDemoHistory(GenerateDemoCompany estate, BillDemoCompany bills, PayDemoCompany payments,
      DemoLateFees lateFees, AdjustDemoCompany adjustments, DemoCashUps cashUps, DemoCases cases,
      com.collection.core.arrears.FollowTheLedger followTheLedger) {
    this.cases = cases;
    this.followTheLedger = followTheLedger;
    this.estate = estate;
    this.bills = bills;
    this.payments = payments;
    this.lateFees = lateFees;
    this.adjustments = adjustments;
    this.cashUps = cashUps;
  }

  /** Empty when the database already holds a company. */
  public Optional<Report> generateIfEmpty(DemoCompanySize size, long seed) {
    long started = System.nanoTime();
    Optional<DemoCompany.Summary> written = estate.generateIfEmpty(size, seed);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    long estateDone = System.nanoTime();
    // the year of history is written first without cases; they are made from the ledger it leaves,
    // over the last weeks, day by day (opening, promises, attempts) as the daily job and the staff would
    long[] ledgerFigures = followTheLedger.pausedWhile(() -> {
      long billCount = bills.billLastYear();
      long billsDone = System.nanoTime();
      int paymentCount = payments.payLastYear(seed);
      return new long[] {billCount, billsDone, paymentCount, System.nanoTime()};
    });
    long billsDone = ledgerFigures[1];
    long paymentsDone = ledgerFigures[3];
    int[] rest = followTheLedger.pausedWhile(() -> new int[] {lateFees.switchOn(), adjustments.adjust()});
    long restDone = System.nanoTime();
    int attempts = cases.workLastWeeks(seed);
    long casesDone = System.nanoTime();
    int closed = cashUps.closeRecentDays();
    long done = System.nanoTime();
    return Optional.of(new Report(written.get(), ledgerFigures[0], (int) ledgerFigures[2], rest[0], rest[1], closed,
        attempts, new Phases(millis(started, estateDone), millis(estateDone, billsDone),
            millis(billsDone, paymentsDone), millis(casesDone, done) + millis(paymentsDone, restDone),
            millis(restDone, casesDone))));
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  /** What was generated. */
  public record Report(DemoCompany.Summary estate, long bills, int payments, int lateFeesPosted, int adjustments,
      int cashUps, int attempts, Phases phases) {

    public long totalMillis() {
      return phases.estateMillis() + phases.billsMillis() + phases.paymentsMillis() + phases.restMillis()
          + phases.casesMillis();
    }
  }

  /** How long each part took, in milliseconds (late fees, adjustments and cash-ups together). */
  public record Phases(long estateMillis, long billsMillis, long paymentsMillis, long restMillis, long casesMillis) {
  }
}
