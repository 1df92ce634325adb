package com.collection.core.demo;

import com.collection.core.arrears.ArrearsCases;
import com.collection.core.arrears.CaseEvents;
import com.collection.core.arrears.CaseLedger;
import com.collection.core.arrears.CollectionAttempt;
import com.collection.core.arrears.CollectionAttempts;
import com.collection.core.arrears.LogAttemptCommand;
import com.collection.core.arrears.LogCollectionAttempt;
import com.collection.core.audit.Audit;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.ledger.MoneyLocks;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs the demo staff's past attempts through the real use case, each at the time it happened (a
 * clock fixed then), so the timeline, the follow-ups and the audit log are dated as they would have been.
 */
@Service
public class DemoCaseDesk {

  private final ArrearsCases cases;
  private final CollectionAttempts attempts;
  private final CaseEvents events;
  private final CaseLedger ledger;
  private final EstateDirectory directory;
  private final MoneyLocks locks;
  private final Audit audit;

  public DemoCaseDesk(ArrearsCases cases, CollectionAttempts attempts, CaseEvents events, CaseLedger ledger,
      EstateDirectory directory, MoneyLocks locks, Audit audit) {
    this.cases = cases;
    this.attempts = attempts;
    this.events = events;
    this.ledger = ledger;
    this.directory = directory;
    this.locks = locks;
    this.audit = audit;
  }

  @Transactional
  public CollectionAttempt log(Clock then, LogAttemptCommand command) {
    return new LogCollectionAttempt(cases, attempts, events, ledger, directory, locks, audit, then).log(command);
  }
}
