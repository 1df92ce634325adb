package com.collection.core.demo;

import com.collection.core.estate.EstateDirectory;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.payment.Allocations;
import com.collection.core.payment.ApplyCredit;
import com.collection.core.payment.CreditLots;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.payment.PayableBills;
import com.collection.core.payment.Payment;
import com.collection.core.payment.Payments;
import com.collection.core.payment.ReceiptNumbers;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.payment.ReversePayment;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the demo company's past payments and reversals through the real use cases, each on the
 * day it happened (a clock fixed at that day), so receipts, cash-up days and effects are dated as
 * they would have been.
 */
@Service
public class DemoPaymentDesk {

  private final Payments payments;
  private final PayableBills bills;
  private final CreditLots lots;
  private final Allocations allocations;
  private final ReceiptNumbers receiptNumbers;
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final EstateDirectory directory;
  private final ApplyCredit applyCredit;
  private final com.collection.core.audit.Audit audit;

  public DemoPaymentDesk(Payments payments, PayableBills bills, CreditLots lots, Allocations allocations,
      ReceiptNumbers receiptNumbers, MoneyLocks locks, MoneyEffects moneyEffects, EstateDirectory directory,
      ApplyCredit applyCredit, com.collection.core.audit.Audit audit) {
    this.audit = audit;
    this.payments = payments;
    this.bills = bills;
    this.lots = lots;
    this.allocations = allocations;
    this.receiptNumbers = receiptNumbers;
    this.locks = locks;
    this.moneyEffects = moneyEffects;
    this.directory = directory;
    this.applyCredit = applyCredit;
  }

  @Transactional
  public Payment record(Clock thatDay, RecordPaymentCommand command) {
    return new RecordPayment(payments, bills, lots, allocations, receiptNumbers, locks, moneyEffects, directory,
        audit, thatDay).record(command);
  }

  /** Runs several of the calls above in one transaction (one commit per unit, not per payment). */
  @Transactional
  public void inOneTransaction(Runnable work) {
    work.run();
  }

  @Transactional
  public Payment reverse(Clock thatDay, long paymentId, String reason, long managerId) {
    return new ReversePayment(payments, allocations, lots, bills, locks, moneyEffects, applyCredit, audit, thatDay)
        .reverse(paymentId, reason, managerId);
  }
}
