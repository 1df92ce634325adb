package com.collection.core.audit;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The one way use cases write the audit log, in the transaction of the change itself (so a change
 * that fails or is refused leaves no entry):
 *
 * <pre>audit.of(AuditAction.PAYMENT_REVERSED, payment.id(), clock).by(managerId).in(scope).write(changes);</pre>
 *
 * The actor is the one the use case names ({@link Entry#by}), else the signed-in staff member of
 * the request ({@link AuditActor}), else the system. The time is the use case's clock, so an
 * entry carries the same instant as the change it describes.
 */
@Service
public class Audit {

  private final AuditLog log;
  private final AuditActor actor;
  private final Clock clock;

  /** Without an {@link AuditActor} (a batch tool, the persistence tests), every entry names its actor or the system. */
  public Audit(AuditLog log, java.util.Optional<AuditActor> actor, Clock clock) {
    this.log = log;
    this.actor = actor.orElse(NO_REQUEST);
    this.clock = clock;
  }

  private static final AuditActor NO_REQUEST = new AuditActor() {
    @Override
    public java.util.Optional<Long> staffId() {
      return java.util.Optional.empty();
    }

    @Override
    public String address() {
      return null;
    }
  };

  /**
   * Whether an entry of the action on the object was written at or after {@code since}: for
   * events logged once per window rather than each time (a throttled sign-in).
   */
  public boolean writtenSince(AuditAction action, Object objectId, java.time.Instant since) {
    return log.countSince(action, String.valueOf(objectId), since) > 0;
  }

  /** An entry at the application clock's now. */
  public Entry of(AuditAction action, Object objectId) {
    return of(action, objectId, clock);
  }

  /** An entry at the use case's clock's now (a use case run on a past day, as the demo does). */
  public Entry of(AuditAction action, Object objectId, Clock clock) {
    return new Entry(action, String.valueOf(objectId), clock.instant());
  }

  /** One entry being written. */
  public final class Entry {

    private final AuditAction action;
    private final String objectId;
    private final Instant at;
    private Long actorId;
    private AuditScope scope = AuditScope.NONE;

    private Entry(AuditAction action, String objectId, Instant at) {
      this.action = action;
      this.objectId = objectId;
      this.at = at;
    }

    /**
     * The staff member who acts, when the use case knows (null: the request's, or the system).
     * Account ids are positive; a caller's placeholder for "no account" (such as -1) names nobody.
     */
    public Entry by(Long staffId) {
      this.actorId = staffId != null && staffId > 0 ? staffId : null;
      return this;
    }

    public Entry in(AuditScope where) {
      this.scope = where == null ? AuditScope.NONE : where;
      return this;
    }

    /** Writes the entry in the caller's transaction (there must be one). */
    public void write(Changes changes) {
      log.append(entry(changes));
    }

    /** Writes the entry in a transaction of its own, for an event that changes nothing else (a refused sign-in). */
    public void writeOnItsOwn(Changes changes) {
      log.appendOnItsOwn(entry(changes));
    }

    private AuditEntry entry(Changes changes) {
      Long who = actorId != null ? actorId : actor.staffId().orElse(null);
      return new AuditEntry(null, at, who, actor.address(), action, objectId, scope, changes.before(),
          changes.after());
    }
  }
}
