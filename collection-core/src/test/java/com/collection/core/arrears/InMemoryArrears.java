package com.collection.core.arrears;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arrears ports for core's unit tests: cases, attempts and events in memory, and a ledger on
 * which every unit owes the same two bills. Cases are kept as snapshots (a read returns a copy, as
 * a database would), so a refused use case that changed its copy leaves the stored case as it was.
 */
final class InMemoryArrears {

  static final List<Long> DUE_BILLS = List.of(11L, 12L);
  static final Money DUE = Money.of("1280.00");

  private final Map<Long, ArrearsCase> stored = new HashMap<>();
  private final List<CollectionAttempt> log = new ArrayList<>();
  private final List<CaseEvent> timeline = new ArrayList<>();
  private final Map<Long, List<Long>> covers = new HashMap<>();
  private int updates;

  final ArrearsCases cases = new ArrearsCases() {
    @Override
    public Optional<ArrearsCase> byId(long id) {
      return Optional.ofNullable(stored.get(id)).map(InMemoryArrears::copy);
    }

    @Override
    public Optional<ArrearsCase> latestOfUnit(long unitId) {
      return stored.values().stream().filter(c -> c.unitId() == unitId).findFirst().map(InMemoryArrears::copy);
    }

    @Override
    public ArrearsCase insert(ArrearsCase newCase) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void update(ArrearsCase changed) {
      updates++;
      store(changed);
    }

    @Override
    public List<Long> withEndedPromise(LocalDate day) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<ArrearsCase> openAfter(long afterId, int limit) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public boolean updateFollowUp(ArrearsCase scheduled) {
      throw new UnsupportedOperationException("not used by these tests");
    }
  };

  final Map<String, Long> requestKeys = new java.util.HashMap<>();

  final CollectionAttempts attempts = new CollectionAttempts() {
    @Override
    public CollectionAttempt append(CollectionAttempt attempt, List<Long> promiseCovers) {
      return append(attempt, promiseCovers, null);
    }

    @Override
    public CollectionAttempt append(CollectionAttempt attempt, List<Long> promiseCovers, String requestKey) {
      CollectionAttempt appended = attempt.withId(log.size() + 1L);
      log.add(appended);
      covers.put(appended.id(), List.copyOf(promiseCovers));
      if (requestKey != null) {
        requestKeys.put(requestKey, appended.id());
      }
      return appended;
    }

    @Override
    public Optional<CollectionAttempt> byRequestKey(String requestKey) {
      Long id = requestKeys.get(requestKey);
      return id == null ? Optional.empty() : byId(id);
    }

    @Override
    public Optional<CollectionAttempt> byId(long id) {
      return log.stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public int countingInWeek(long caseId, LocalDate monday) {
      return (int) log.stream().filter(a -> a.caseId() == caseId && a.counts() && !a.day().isBefore(monday)
          && !a.day().isAfter(monday.plusDays(6))).count();
    }

    @Override
    public Map<Long, Integer> countingInWeek(Collection<Long> caseIds, LocalDate monday) {
      throw new UnsupportedOperationException("not used by these tests");
    }
  };

  final CaseEvents events = timeline::add;

  final CaseLedger ledger = new CaseLedger() {
    @Override
    public UnitArrears arrearsOf(long unitId, LocalDate today) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<Long> unitsToOpen(LocalDate day) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<Long> unitsCrossingOn(LocalDate day) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public DueBills dueOn(long unitId, LocalDate day) {
      return new DueBills(DUE_BILLS, DUE);
    }

    @Override
    public boolean settled(List<Long> billIds) {
      throw new UnsupportedOperationException("not used by these tests");
    }
  };

  void store(ArrearsCase c) {
    stored.put(c.id(), copy(c));
  }

  ArrearsCase stored(long caseId) {
    return copy(stored.get(caseId));
  }

  /** An attempt already in the log, as if logged earlier (with the case's own counts left as they are). */
  CollectionAttempt seed(CollectionAttempt attempt) {
    return attempts.append(attempt, List.of());
  }

  List<CollectionAttempt> loggedAttempts() {
    return List.copyOf(log);
  }

  List<CaseEvent> loggedEvents() {
    return List.copyOf(timeline);
  }

  List<Long> promiseCovers(long attemptId) {
    return covers.getOrDefault(attemptId, List.of());
  }

  int updates() {
    return updates;
  }

  private static ArrearsCase copy(ArrearsCase c) {
    return ArrearsCase.load(c.id(), c.unitId(), c.buildingId(), c.version(), c.status(), c.openedOn(), c.closedOn(),
        c.category(), c.since(), c.categoryAt(), c.categoryAttemptId(), c.promise(), c.brokenPromiseOn(),
        c.lastCountingAttempt(), c.countingAttempts(), c.attempts(), c.followUp(), c.oldestDueDate(), c.owed());
  }
}
