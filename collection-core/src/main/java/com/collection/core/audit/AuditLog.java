package com.collection.core.audit;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Port: the append-only log. Nothing here changes or removes an entry; the database refuses it too. */
public interface AuditLog {

  /** Adds an entry in the caller's transaction; refused when there is none. */
  void append(AuditEntry entry);

  /** Adds an entry in a transaction of its own (joining the caller's if there is one). */
  void appendOnItsOwn(AuditEntry entry);

  /** How many entries of the action on the object were written at or after {@code since}. */
  long countSince(AuditAction action, String objectId, java.time.Instant since);

  /** Entries the filter matches, newest first; its days are business days in {@code zone}. */
  Page<AuditEntryView> search(AuditFilter filter, ZoneId zone, PageRequest page);

  /** Every entry the filter matches, newest first, up to {@code limit}, one at a time (for export). */
  void stream(AuditFilter filter, ZoneId zone, int limit, Consumer<AuditEntryView> each);
}
