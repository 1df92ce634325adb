package com.collection.core.arrears;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member logs a collection attempt (催缴记录) on an open case of a building they may see: it
 * goes into the case's timeline and the audit log, a counting attempt sets the category (pay-soon
 * with a promise of at most 60 days, refusing with its complaint), and the case's next follow-up
 * is scheduled again. Nothing is stored when anything is refused.
 */
@Service
public class LogCollectionAttempt {

  /** An attempt may be logged this long after it happened (an evening round entered the next morning). */
  static final int MAX_DAYS_BACK = 31;
  private static final java.util.regex.Pattern REQUEST_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9-]{8,64}");

  private final ArrearsCases cases;
  private final CollectionAttempts attempts;
  private final CaseEvents events;
  private final CaseLedger ledger;
  private final EstateDirectory directory;
  private final MoneyLocks locks;
  private final Audit audit;
  private final Clock clock;

  public LogCollectionAttempt(ArrearsCases cases, CollectionAttempts attempts, CaseEvents events, CaseLedger ledger,
      EstateDirectory directory, MoneyLocks locks, Audit audit, Clock clock) {
    this.cases = cases;
    this.attempts = attempts;
    this.events = events;
    this.ledger = ledger;
    this.directory = directory;
    this.locks = locks;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public CollectionAttempt log(LogAttemptCommand command) {
    return log(command, null);
  }

  /**
   * Logs the attempt once per {@code requestKey} (the form's token; null: no token): the same form
   * sent again, even at the same moment, returns the attempt it logged the first time.
   */
  @Transactional
  public CollectionAttempt log(LogAttemptCommand command, String requestKey) {
    if (requestKey != null && !REQUEST_KEY.matcher(requestKey).matches()) {
      throw new DomainException("arrears.attempt.token.invalid");
    }
    ArrearsCase found = cases.byId(command.caseId()).orElseThrow(() -> new NotFoundException("case", command.caseId()));
    directory.requireUnitVisible(found.unitId(), command.viewer());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Checked checked = check(command, found, now, today);
    // the case follows the ledger: take the unit's lock so a payment can't close it meanwhile
    locks.lockUnit(found.unitId());
    if (requestKey != null) {
      java.util.Optional<CollectionAttempt> earlier = attempts.byRequestKey(requestKey);
      if (earlier.isPresent()) {
        if (earlier.get().caseId() != command.caseId()) {
          throw new DomainException("arrears.attempt.token.invalid");
        }
        return earlier.get();
      }
    }
    ArrearsCase c = cases.byId(command.caseId()).orElseThrow();
    if (!c.isOpen()) {
      throw new DomainException("arrears.case.closed");
    }
    Promise promise = null;
    if (command.outcome() == CaseCategory.PAY_SOON) {
      CaseLedger.DueBills due = ledger.dueOn(c.unitId(), checked.day());
      promise = new Promise(command.promisedDate(), checked.day(), due.outstanding(), due.billIds());
    }
    CollectionAttempt attempt = attempts.append(new CollectionAttempt(null, c.id(), c.unitId(),
        command.viewer().staffId(), command.channel(), command.reached(), checked.said(), checked.at(), checked.day(),
        now, checked.outcome(), checked.outcome() == CaseCategory.PAY_SOON ? command.promisedDate() : null,
        checked.complaint(), command.correctsAttemptId()), promise == null ? java.util.List.of() : promise.coveredBillIds(),
        requestKey);
    CaseCategory before = c.category();
    boolean set = c.attempted(attempt, promise);
    c.scheduleFollowUp(today, attempts.countingInWeek(c.id(), today.with(DayOfWeek.MONDAY)));
    cases.update(c);
    if (set) {
      events.append(new CaseEvent(null, c.id(), CaseEvent.Kind.CATEGORY_SET, checked.day(), checked.at(),
          command.viewer().staffId(), c.category(), promise == null ? null : promise.promisedDate(), attempt.id()));
    }
    audit.of(AuditAction.COLLECTION_ATTEMPT_LOGGED, attempt.id(), clock).by(command.viewer().staffId())
        .in(AuditScope.unit(c.unitId()))
        .write(Changes.none().set("caseId", c.id()).set("channel", attempt.channel()).set("reached", attempt.reached())
            .set("at", attempt.at()).set("outcome", attempt.outcome()).set("promisedDate", attempt.promisedDate())
            .set("complaint", attempt.complaint() == null ? null : attempt.complaint().what())
            .set("correctsAttemptId", attempt.correctsAttemptId()).change("category", before, c.category()));
    return attempt;
  }

  private record Checked(Instant at, LocalDate day, String said, CaseCategory outcome, Complaint complaint) {
  }

  private Checked check(LogAttemptCommand command, ArrearsCase c, Instant now, LocalDate today) {
    if (command.channel() == null) {
      throw DomainException.onField("channel", "arrears.attempt.channel.required");
    }
    if (command.reached() == null) {
      throw DomainException.onField("reached", "arrears.attempt.reached.required");
    }
    String said = command.said() == null ? "" : command.said().strip();
    if (said.length() > CollectionAttempt.MAX_SAID) {
      throw DomainException.onField("said", "validation.tooLong", CollectionAttempt.MAX_SAID);
    }
    LocalDateTime when = command.when() == null ? LocalDateTime.ofInstant(now, clock.getZone()) : command.when();
    Instant at = when.atZone(clock.getZone()).toInstant();
    if (at.isAfter(now.plus(1, ChronoUnit.MINUTES))) {
      throw DomainException.onField("when", "arrears.attempt.future");
    }
    LocalDate day = when.toLocalDate();
    if (day.isBefore(today.minusDays(MAX_DAYS_BACK))) {
      throw DomainException.onField("when", "arrears.attempt.tooOld", MAX_DAYS_BACK);
    }
    if (day.isBefore(c.openedOn())) {
      throw DomainException.onField("when", "arrears.attempt.beforeCase", c.openedOn());
    }
    if (!c.isOpen()) {
      throw new DomainException("arrears.case.closed");
    }
    CaseCategory outcome = command.outcome();
    Complaint complaint = null;
    if (!command.channel().counts()) {
      if (outcome != null) {
        throw DomainException.onField("outcome", "arrears.attempt.outcome.notCounting");
      }
    } else {
      if (outcome == null || outcome == CaseCategory.UNCATEGORISED) {
        throw DomainException.onField("outcome", "arrears.attempt.outcome.required");
      }
      // nobody answered: the owner can't be reached (unconfirmed), unless they had promised a date,
      // which an unanswered reminder call doesn't take back
      boolean promiseStands = outcome == CaseCategory.PAY_SOON && c.category() == CaseCategory.PAY_SOON
          && c.promise().promisedDate().equals(command.promisedDate());
      if (command.reached() == Reached.NOBODY && outcome != CaseCategory.UNCONFIRMED && !promiseStands) {
        throw DomainException.onField("outcome", "arrears.attempt.outcome.nobodyReached");
      }
      if (outcome == CaseCategory.PAY_SOON) {
        Promise.checkTakenByStaff(command.promisedDate(), today);
      }
      if (outcome == CaseCategory.REFUSING) {
        complaint = new Complaint(command.complaintWhat(), command.complaintWords());
      }
    }
    if (command.correctsAttemptId() != null) {
      boolean ofThisCase = attempts.byId(command.correctsAttemptId()).filter(a -> a.caseId() == c.id()).isPresent();
      if (!ofThisCase) {
        throw DomainException.onField("correctsAttemptId", "arrears.attempt.corrects.unknown");
      }
    }
    return new Checked(at, day, said, outcome, complaint);
  }
}
