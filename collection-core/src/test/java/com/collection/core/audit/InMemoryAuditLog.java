package com.collection.core.audit;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The audit log for core's unit tests: keeps the entries in a list, with no request (no actor, no address). */
public final class InMemoryAuditLog implements AuditLog {

  private final List<AuditEntry> entries = new ArrayList<>();

  /** An {@link Audit} writing into this log. */
  public Audit audit(Clock clock) {
    return new Audit(this, Optional.empty(), clock);
  }

  public List<AuditEntry> entries() {
    return List.copyOf(entries);
  }

  public List<AuditEntry> entries(AuditAction action) {
    return entries.stream().filter(e -> e.action() == action).toList();
  }

  @Override
  public void append(AuditEntry entry) {
    entries.add(new AuditEntry((long) entries.size() + 1, entry.at(), entry.actorId(), entry.address(),
        entry.action(), entry.objectId(), entry.scope(), entry.before(), entry.after()));
  }

  @Override
  public void appendOnItsOwn(AuditEntry entry) {
    append(entry);
  }

  @Override
  public long countSince(AuditAction action, String objectId, java.time.Instant since) {
    return entries.stream().filter(e -> e.action() == action && e.objectId().equals(objectId)
        && !e.at().isBefore(since)).count();
  }

  @Override
  public Page<AuditEntryView> search(AuditFilter filter, ZoneId zone, PageRequest page) {
    throw new UnsupportedOperationException("not used by core's tests");
  }

  @Override
  public void stream(AuditFilter filter, ZoneId zone, int limit, Consumer<AuditEntryView> each) {
    throw new UnsupportedOperationException("not used by core's tests");
  }
}
