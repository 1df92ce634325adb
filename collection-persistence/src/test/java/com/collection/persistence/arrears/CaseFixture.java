package com.collection.persistence.arrears;

import com.collection.core.arrears.ArrearsCase;
import com.collection.core.arrears.ArrearsCases;
import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.CollectionAttempt;
import com.collection.core.arrears.LogAttemptCommand;
import com.collection.core.arrears.LogCollectionAttempt;
import com.collection.core.arrears.Reached;
import com.collection.core.billing.Bill;
import com.collection.core.billing.Bills;
import com.collection.core.billing.RunBilling;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.billing.BillingFixtures;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The billing fixture's estate (service fee due on the 15th, parking on the 10th, threshold 15
 * days) with a manager at the desk, and what the arrears tests read: a unit's case, its events and
 * its audit entries.
 */
final class CaseFixture {

  final BillingFixtures.Estate estate;
  final StaffMember manager;
  private final ApplicationContext context;
  private final JdbcTemplate jdbc;

  CaseFixture(ApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcTemplate.class);
    estate = BillingFixtures.create(context);
    manager = staff("manager", Role.MANAGER);
  }

  StaffMember staff(String prefix, Role role) {
    return context.getBean(ManageStaff.class).create(prefix + ThreadLocalRandom.current().nextInt(1_000_000_000),
        prefix, role, prefix + "-pass");
  }

  /** A staff member of the given buildings. */
  StaffMember staffOf(long... buildingIds) {
    StaffMember member = staff("staff", Role.STAFF);
    Set<Long> ids = new java.util.HashSet<>();
    for (long id : buildingIds) {
      ids.add(id);
    }
    return context.getBean(ManageStaff.class).assignBuildings(member.id(), ids);
  }

  Viewer desk() {
    return Viewer.everything(manager.id());
  }

  /** Flat 101 (building 1, ¥247.80 a month). */
  long flat() {
    return estate.unitIds().get(0);
  }

  /** Flat 102 (building 1, vacant, 120.33 m²). */
  long bigFlat() {
    return estate.unitIds().get(1);
  }

  /** Flat 201 (building 2, 99.99 m², ¥279.97 a month). */
  long otherFlat() {
    return estate.unitIds().get(3);
  }

  /** Parking space P1 (building 2, ¥80 a month, due on the 10th). */
  long parking() {
    return estate.unitIds().get(5);
  }

  void bill(String period) {
    context.getBean(RunBilling.class).run(estate.communityId(), estate.itemIds(), period, null);
  }

  Payment pay(long unitId, String amount, LocalDate receivedOn) {
    return context.getBean(RecordPayment.class).record(new RecordPaymentCommand(unitId, new BigDecimal(amount),
        PaymentMethod.CASH, "业主", null, receivedOn, List.of(), UUID.randomUUID().toString(), desk()));
  }

  /** A phone call reaching the owner, now, who promises to pay on {@code promised}. */
  CollectionAttempt promise(long caseId, Viewer viewer, LocalDate promised) {
    return context.getBean(LogCollectionAttempt.class).log(new LogAttemptCommand(caseId, viewer, Channel.PHONE,
        Reached.OWNER, "业主答应近期交纳", null, CaseCategory.PAY_SOON, promised, null, null, null));
  }

  ArrearsCase caseOf(long unitId) {
    return context.getBean(ArrearsCases.class).latestOfUnit(unitId)
        .orElseThrow(() -> new AssertionError("unit " + unitId + " has no case"));
  }

  boolean hasCase(long unitId) {
    return context.getBean(ArrearsCases.class).latestOfUnit(unitId).isPresent();
  }

  List<Bill> liveBills(long unitId) {
    return context.getBean(Bills.class).ofUnit(unitId).stream().filter(Bill::isLive)
        .sorted(Comparator.comparing(Bill::dueDate)).toList();
  }

  /** A case event as stored. */
  record Event(String kind, LocalDate on, Instant at, long actorId, String category) {
  }

  List<Event> events(long caseId) {
    return jdbc.query("SELECT * FROM arrears_case_event WHERE case_id = ? ORDER BY id", (rs, n) -> new Event(
        rs.getString("kind"), rs.getDate("on_date").toLocalDate(), rs.getTimestamp("happened_at").toInstant(),
        rs.getLong("actor_id"), rs.getString("category")), caseId);
  }

  /** An audit entry of a case. */
  record Entry(String action, Long actorId, Instant at) {
  }

  List<Entry> auditOfCase(long caseId) {
    return jdbc.query("""
        SELECT action, actor_id, at FROM audit_entry WHERE object_kind = 'arrears_case' AND object_id = ?
        ORDER BY id""", (rs, n) -> {
          long actor = rs.getLong("actor_id");
          Long actorId = rs.wasNull() ? null : actor;
          Timestamp at = rs.getTimestamp("at");
          return new Entry(rs.getString("action"), actorId, at.toInstant());
        }, String.valueOf(caseId));
  }

  long systemId() {
    return jdbc.queryForObject("SELECT id FROM staff WHERE username = '#system'", Long.class);
  }
}
