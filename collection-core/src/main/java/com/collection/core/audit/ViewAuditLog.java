package com.collection.core.audit;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managers read the log: a filtered, paginated list, and the same as a file (newest first). */
@Service
public class ViewAuditLog {

  /** The most rows one export holds; a wider search is narrowed by its filters. */
  public static final int EXPORT_LIMIT = 100_000;

  private final AuditLog log;
  private final Clock clock;

  public ViewAuditLog(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<AuditEntryView> search(AuditFilter filter, PageRequest page) {
    return log.search(filter, clock.getZone(), page);
  }

  @Transactional(readOnly = true)
  public void export(AuditFilter filter, Consumer<AuditEntryView> each) {
    log.stream(filter, clock.getZone(), EXPORT_LIMIT, each);
  }
}
