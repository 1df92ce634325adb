package com.collection.core.payment;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.ledger.Allocated;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff record money received for a unit: it pays the ticked bills, then the other open bills, and
 * what is left becomes credit; the payment gets the next receipt number of its community and year.
 * The unit is locked in the database for the whole change, and a form submitted twice (same
 * idempotency key) records one payment.
 */
@Service
public class RecordPayment {

  static final Money MAX = Money.of("10000000.00");
  static final int MAX_YEARS_BACK = 10;

  private final Payments payments;
  private final PayableBills bills;
  private final CreditLots lots;
  private final Allocations allocations;
  private final ReceiptNumbers receiptNumbers;
  private final MoneyLocks locks;
  private final MoneyEffects moneyEffects;
  private final EstateDirectory directory;
  private final Audit audit;
  private final Clock clock;

  public RecordPayment(Payments payments, PayableBills bills, CreditLots lots, Allocations allocations,
      ReceiptNumbers receiptNumbers, MoneyLocks locks, MoneyEffects moneyEffects,
      EstateDirectory directory, Audit audit, Clock clock) {
    this.audit = audit;
    this.payments = payments;
    this.bills = bills;
    this.lots = lots;
    this.allocations = allocations;
    this.receiptNumbers = receiptNumbers;
    this.locks = locks;
    this.moneyEffects = moneyEffects;
    this.directory = directory;
    this.clock = clock;
  }

  /** What recording would do: the open bills and the resulting allocation. Writes nothing. */
  @Transactional(readOnly = true)
  public Allocator.Plan preview(RecordPaymentCommand command) {
    Checked checked = check(command);
    if (checked.reference() != null && payments.referenceTaken(command.method(), checked.reference())) {
      throw DomainException.onField("reference", "payment.reference.duplicate", checked.reference());
    }
    return Allocator.allocate(checked.amount(), bills.openOfUnit(command.unitId()), command.tickedBillIds());
  }

  /** The unit's open bills, for the form. */
  @Transactional(readOnly = true)
  public List<OpenBill> openBills(long unitId, com.collection.core.shared.Viewer viewer) {
    checkVisible(unitId, viewer);
    List<OpenBill> open = new ArrayList<>(bills.openOfUnit(unitId));
    open.sort(OpenBill.ORDER);
    return open;
  }

  @Transactional
  public Payment record(RecordPaymentCommand command) {
    Checked checked = check(command);
    Optional<Payment> earlier = sameRequest(command);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    locks.lockUnit(command.unitId());
    earlier = sameRequest(command);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (checked.reference() != null && payments.referenceTaken(command.method(), checked.reference())) {
      throw DomainException.onField("reference", "payment.reference.duplicate", checked.reference());
    }
    Allocator.Plan plan = Allocator.allocate(checked.amount(), bills.openOfUnit(command.unitId()),
        command.tickedBillIds());
    LocalDate today = LocalDate.now(clock);
    EstateDirectory.UnitCommunity community = checked.unit();
    long number = receiptNumbers.next(community.communityId(), today.getYear());
    Payment payment = payments.insert(new Payment(null, command.unitId(), community.communityId(), checked.amount(),
        command.method(), checked.payer(), checked.reference(), command.receivedOn(), clock.instant(), today,
        command.viewer().staffId(), receiptNumber(community.communityCode(), today.getYear(), number),
        Payment.Status.VALID, null, null, null, command.idempotencyKey()));
    List<Allocation> made = new ArrayList<>();
    List<Allocated> effects = new ArrayList<>();
    for (Allocator.Share share : plan.shares()) {
      // counts from the received date, but never before the bill was last re-opened (Allocated)
      Allocated allocated = new Allocated(share.bill().ref(), payment.id(), share.amount(), command.receivedOn());
      made.add(new Allocation(null, payment.id(), share.bill().billId(), command.unitId(), share.amount(),
          allocated.countsFrom(), today, false, null));
      effects.add(allocated);
      bills.addPaid(share.bill().billId(), share.amount());
    }
    allocations.insert(made);
    if (plan.credit().isPositive()) {
      lots.insert(new CreditLot(null, payment.id(), command.unitId(), plan.credit(), plan.credit(), today));
    }
    moneyEffects.allocated(effects, today);
    audit.of(AuditAction.PAYMENT_RECORDED, payment.id(), clock).by(payment.recordedBy())
        .in(AuditScope.unit(payment.unitId())).write(Changes.none().set("receiptNumber", payment.receiptNumber())
            .set("amount", payment.amount()).set("method", payment.method()).set("payer", payment.payer())
            .set("reference", payment.reference()).set("receivedOn", payment.receivedOn())
            .set("bills", String.join(", ", made.stream().map(a -> a.billId() + ": " + a.amount()).toList()))
            .set("credit", plan.credit()).set("status", payment.status()));
    return payment;
  }

  /** YG-2026-000123. */
  public static String receiptNumber(String communityCode, int year, long number) {
    return String.format("%s-%d-%06d", communityCode, year, number);
  }

  private Optional<Payment> sameRequest(RecordPaymentCommand command) {
    Optional<Payment> earlier = payments.byIdempotencyKey(command.idempotencyKey());
    if (earlier.isPresent() && earlier.get().unitId() != command.unitId()) {
      throw new DomainException("payment.idempotency.otherUnit");
    }
    return earlier;
  }

  private record Checked(Money amount, String payer, String reference, EstateDirectory.UnitCommunity unit) {
  }

  private Checked check(RecordPaymentCommand command) {
    EstateDirectory.UnitCommunity unit = checkVisible(command.unitId(), command.viewer());
    BigDecimal raw = command.amount();
    if (raw == null) {
      throw DomainException.onField("amount", "validation.required");
    }
    if (raw.signum() <= 0) {
      throw DomainException.onField("amount", "payment.amount.positive");
    }
    if (raw.stripTrailingZeros().scale() > 2) {
      throw DomainException.onField("amount", "payment.amount.decimals");
    }
    // compared before it is Money, which refuses a figure of twenty digits as no amount at all
    if (raw.compareTo(MAX.amount()) > 0) {
      throw DomainException.onField("amount", "payment.amount.tooLarge", MAX.amount());
    }
    Money amount = new Money(raw);
    if (command.method() == null) {
      throw DomainException.onField("method", "validation.required");
    }
    LocalDate today = LocalDate.now(clock);
    if (command.receivedOn() == null) {
      throw DomainException.onField("receivedOn", "validation.required");
    }
    if (command.receivedOn().isAfter(today)) {
      throw DomainException.onField("receivedOn", "payment.receivedOn.future");
    }
    if (command.receivedOn().isBefore(today.minusYears(MAX_YEARS_BACK))) {
      throw DomainException.onField("receivedOn", "payment.receivedOn.tooOld", MAX_YEARS_BACK);
    }
    String payer = command.payer() == null ? "" : command.payer().strip();
    if (payer.isEmpty()) {
      throw DomainException.onField("payer", "validation.required");
    }
    if (payer.length() > 50) {
      throw DomainException.onField("payer", "validation.tooLong", 50);
    }
    String reference = command.reference() == null || command.reference().isBlank() ? null : command.reference().strip();
    if (reference != null && !command.method().takesReference()) {
      throw DomainException.onField("reference", "payment.reference.notForMethod");
    }
    if (reference == null && command.method().needsReference()) {
      throw DomainException.onField("reference", "payment.reference.required");
    }
    if (reference != null && reference.length() > 64) {
      throw DomainException.onField("reference", "validation.tooLong", 64);
    }
    if (command.idempotencyKey() == null || command.idempotencyKey().isBlank() || command.idempotencyKey().length() > 64) {
      throw new DomainException("payment.idempotency.missing");
    }
    return new Checked(amount, payer, reference, unit);
  }

  private EstateDirectory.UnitCommunity checkVisible(long unitId, com.collection.core.shared.Viewer viewer) {
    directory.requireUnitVisible(unitId, viewer);
    return directory.communityOfUnit(unitId);
  }
}
