package com.collection.core.cashup;

import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payments table and the cash-up tables in memory, with the same rules as the JDBC adapters:
 * a person's day is what they recorded that day and what they reversed that day; writes are guarded
 * by status and revision.
 */
final class InMemoryDesk implements CashUps, CashUpQueries {

  final List<Payment> payments = new ArrayList<>();
  final Map<Long, CashUp> stored = new HashMap<>();
  final Map<Long, List<CashUpRevision>> revisions = new HashMap<>();
  private long nextId = 1;
  private long nextReceipt = 1;

  /** Staff {@code by} records a payment on {@code recordedOn}, received on {@code receivedOn}. */
  Payment record(long by, LocalDate recordedOn, LocalDate receivedOn, PaymentMethod method, String amount) {
    Payment p = new Payment(nextId++, 10, 1, Money.of(amount), method, "业主", null, receivedOn,
        recordedOn.atTime(10, 0).toInstant(java.time.ZoneOffset.ofHours(8)), recordedOn, by,
        String.format("YG-%d-%06d", recordedOn.getYear(), nextReceipt++), Payment.Status.VALID, null, null, null,
        "key" + nextId);
    payments.add(p);
    return p;
  }

  void reverse(Payment payment, long by, LocalDate on) {
    payments.replaceAll(p -> p.id().equals(payment.id()) ? p.reverse("录错", by, on) : p);
  }

  @Override
  public List<CashUpEntry> liveEntries(long staffId, LocalDate day) {
    List<CashUpEntry> entries = new ArrayList<>();
    for (Payment p : payments) {
      if (p.recordedBy() == staffId && p.recordedOn().equals(day)) {
        entries.add(entry(p, CashUpEntry.Kind.PAYMENT, p.amount()));
      }
      if (p.reversedBy() != null && p.reversedBy() == staffId && day.equals(p.reversedOn())) {
        entries.add(entry(p, CashUpEntry.Kind.REVERSAL, p.amount().negate()));
      }
    }
    return entries;
  }

  private static CashUpEntry entry(Payment p, CashUpEntry.Kind kind, Money amount) {
    return new CashUpEntry(p.id(), kind, p.communityId(), "阳光花园", p.receiptNumber(), p.method(), amount,
        p.receivedOn(), p.status(), p.payer(), "1栋", "101");
  }

  @Override
  public Page<DeskDay> desks(LocalDate day, PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<String> staffName(long staffId) {
    return Optional.of("员工" + staffId);
  }

  @Override
  public Optional<CashUp> byId(long id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public Optional<CashUp> of(long staffId, LocalDate day) {
    return stored.values().stream().filter(c -> c.staffId() == staffId && c.day().equals(day)).findFirst();
  }

  @Override
  public CashUp insert(CashUp c) {
    if (of(c.staffId(), c.day()).isPresent()) {
      throw new DomainException("cashup.changed");
    }
    long id = nextId++;
    CashUp saved = new CashUp(id, c.staffId(), c.day(), c.status(), c.revision(), c.submittedAt(), c.figures(),
        c.counted(), c.difference(), c.reason(), null, null);
    stored.put(id, saved);
    revisions.computeIfAbsent(id, k -> new ArrayList<>()).add(revision(saved));
    return saved;
  }

  @Override
  public boolean resubmit(CashUp next) {
    CashUp now = stored.get(next.id());
    if (now.confirmed() || now.revision() != next.revision() - 1) {
      return false;
    }
    stored.put(next.id(), next);
    revisions.get(next.id()).add(revision(next));
    return true;
  }

  @Override
  public boolean confirm(CashUp confirmed) {
    CashUp now = stored.get(confirmed.id());
    if (now.confirmed() || now.revision() != confirmed.revision()) {
      return false;
    }
    stored.put(confirmed.id(), confirmed);
    return true;
  }

  @Override
  public List<CashUpRevision> revisions(long id) {
    return List.copyOf(revisions.getOrDefault(id, List.of()));
  }

  private static CashUpRevision revision(CashUp c) {
    return new CashUpRevision(c.revision(), c.submittedAt(), c.figures().entries().size(), c.figures().netTotal(),
        c.expectedCash(), c.counted(), c.difference(), c.reason());
  }

  static Instant at(LocalDate day) {
    return day.atTime(18, 0).toInstant(java.time.ZoneOffset.ofHours(8));
  }
}
