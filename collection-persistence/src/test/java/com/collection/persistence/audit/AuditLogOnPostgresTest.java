package com.collection.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditEntry;
import com.collection.core.audit.AuditFilter;
import com.collection.core.audit.ViewAuditLog;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.cashup.CashUp;
import com.collection.core.cashup.ConfirmCashUp;
import com.collection.core.cashup.SubmitCashUp;
import com.collection.core.estate.AddUnit;
import com.collection.core.estate.Area;
import com.collection.core.estate.Building;
import com.collection.core.estate.Community;
import com.collection.core.estate.CommunityDetails;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.SaveBuilding;
import com.collection.core.estate.SaveCommunity;
import com.collection.core.estate.Unit;
import com.collection.core.estate.UnitUse;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ChangeOwnPassword;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.PersistenceTestApplication;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of change goes through its use case and leaves exactly one audit entry with the
 * fields it changed, before and after, in the same transaction (a refused change leaves none);
 * and the database itself refuses to change or remove an entry.
 */
@SpringBootTest
@PostgresTest
class AuditLogOnPostgresTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ViewAuditLog log;
  @Autowired
  SaveCommunity saveCommunity;
  @Autowired
  SaveBuilding saveBuilding;
  @Autowired
  AddUnit addUnit;
  @Autowired
  ManageStaff manageStaff;
  @Autowired
  ChangeOwnPassword changeOwnPassword;
  @Autowired
  ManageFeeItems feeItems;
  @Autowired
  ManageLateFeePolicy lateFeePolicy;
  @Autowired
  RunBilling runBilling;
  @Autowired
  SubmitCashUp submitCashUp;
  @Autowired
  ConfirmCashUp confirmCashUp;

  private static String code() {
    StringBuilder code = new StringBuilder("A");
    for (int i = 0; i < 5; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return code.toString();
  }

  private static String username(String prefix) {
    return prefix + ThreadLocalRandom.current().nextInt(1_000_000_000);
  }

  /** The entries of one action on one object: exactly one is expected after each change. */
  private List<AuditEntry> entries(AuditAction action, Object objectId) {
    return log.search(new AuditFilter(null, null, null, false, action, null, null, null, action.objectKind(),
        String.valueOf(objectId)), new PageRequest(0, 50)).items().stream().map(v -> v.entry()).toList();
  }

  private AuditEntry onlyEntry(AuditAction action, Object objectId) {
    List<AuditEntry> found = entries(action, objectId);
    assertThat(found).as("entries of %s on %s", action, objectId).hasSize(1);
    return found.get(0);
  }

  private Community community(String code) {
    return saveCommunity.create(new CommunityDetails("审计小区" + code, code, "某路 1 号", 1, "09:30-12:00", "",
        null, null, null, 15));
  }

  @Test
  void communitiesBuildingsAndUnitsAreLoggedWithWhatChanged() {
    String code = code();
    Community created = community(code);
    AuditEntry made = onlyEntry(AuditAction.COMMUNITY_CREATED, created.id());
    assertThat(made.before()).isEmpty();
    assertThat(made.after()).contains(entry("name", "审计小区" + code), entry("code", code),
        entry("caseOpeningDays", 15L));
    assertThat(made.actorId()).as("no request, no actor named: the system").isNull();
    assertThat(made.scope().communityId()).isEqualTo(created.id());

    saveCommunity.edit(created.id(), new CommunityDetails("审计小区" + code, code, "某路 2 号", 1, "09:30-12:00", "",
        null, null, null, 20));
    AuditEntry changed = onlyEntry(AuditAction.COMMUNITY_CHANGED, created.id());
    assertThat(changed.before()).containsExactly(entry("address", "某路 1 号"), entry("caseOpeningDays", 15L));
    assertThat(changed.after()).containsExactly(entry("address", "某路 2 号"), entry("caseOpeningDays", 20L));

    StaffMember head = manageStaff.create(username("head"), "楼长", Role.STAFF, "head-pass-1");
    Building building = saveBuilding.create(created.id(), "1栋", null);
    assertThat(onlyEntry(AuditAction.BUILDING_CREATED, building.id()).after()).containsEntry("name", "1栋");
    saveBuilding.edit(building.id(), "1栋", head.id());
    AuditEntry responsible = onlyEntry(AuditAction.BUILDING_CHANGED, building.id());
    assertThat(responsible.before()).containsExactly(entry("responsibleStaffId", null));
    assertThat(responsible.after()).containsExactly(entry("responsibleStaffId", head.id()));
    assertThat(responsible.scope().communityId()).as("filled in from the building").isEqualTo(created.id());
    assertThat(onlyEntry(AuditAction.STAFF_BUILDINGS_ASSIGNED, head.id()).after())
        .containsExactly(entry("buildingIds", String.valueOf(building.id())));

    Unit unit = addUnit.add(building.id(), "101", 1, Area.of("88.50"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    AuditEntry unitEntry = onlyEntry(AuditAction.UNIT_CREATED, unit.id());
    assertThat(unitEntry.after()).contains(entry("number", "101"), entry("area", "88.50"), entry("use", "RESIDENTIAL"));
    assertThat(unitEntry.scope().buildingId()).isEqualTo(building.id());
    assertThat(unitEntry.scope().communityId()).isEqualTo(created.id());

    // the same unit number again is refused and leaves no entry
    assertThatThrownBy(() -> addUnit.add(building.id(), "101", 1, Area.of("70.00"), UnitUse.RESIDENTIAL,
        Occupancy.OCCUPIED)).isInstanceOf(DomainException.class);
    assertThat(log.search(new AuditFilter(null, null, null, false, AuditAction.UNIT_CREATED, null, building.id(),
        null, null, null), new PageRequest(0, 10)).total()).isEqualTo(1);
  }

  @Test
  void staffAccountsAreLoggedWithoutTheirPasswords() {
    StaffMember admin = manageStaff.create(username("admin"), "管理员", Role.ADMIN, "admin-pass-1");
    StaffMember clerk = manageStaff.create(username("clerk"), "收费员", Role.STAFF, "clerk-pass-1");
    AuditEntry created = onlyEntry(AuditAction.STAFF_CREATED, clerk.id());
    assertThat(created.after()).contains(entry("username", clerk.username()), entry("role", "STAFF"),
        entry("enabled", true));

    manageStaff.edit(admin.id(), clerk.id(), "收费员", Role.MANAGER, false);
    AuditEntry changed = onlyEntry(AuditAction.STAFF_CHANGED, clerk.id());
    assertThat(changed.actorId()).isEqualTo(admin.id());
    assertThat(changed.before()).containsExactly(entry("role", "STAFF"), entry("enabled", true));
    assertThat(changed.after()).containsExactly(entry("role", "MANAGER"), entry("enabled", false));

    manageStaff.resetPassword(clerk.id(), "one-time-pass-9");
    AuditEntry reset = onlyEntry(AuditAction.STAFF_PASSWORD_RESET, clerk.id());
    String stored = jdbc.queryForObject("SELECT before_json || after_json FROM audit_entry WHERE id = ?",
        String.class, reset.id());
    assertThat(stored).doesNotContain("one-time-pass-9", "plain:", "password\"");

    changeOwnPassword.change(clerk.id(), "one-time-pass-9", "my-own-pass-7", "my-own-pass-7");
    AuditEntry own = onlyEntry(AuditAction.STAFF_PASSWORD_CHANGED, clerk.id());
    assertThat(own.actorId()).isEqualTo(clerk.id());
    assertThat(own.after()).containsExactly(entry("mustChangePassword", false));

    // a wrong current password is refused and leaves no entry
    assertThatThrownBy(() -> changeOwnPassword.change(clerk.id(), "wrong-pass-00", "other-pass-77", "other-pass-77"))
        .isInstanceOf(DomainException.class);
    assertThat(entries(AuditAction.STAFF_PASSWORD_CHANGED, clerk.id())).hasSize(1);

    var estate = BillingFixtures.create(context);
    manageStaff.assignBuildings(clerk.id(), Set.of(estate.firstBuildingId()));
    AuditEntry assigned = onlyEntry(AuditAction.STAFF_BUILDINGS_ASSIGNED, clerk.id());
    assertThat(assigned.before()).containsExactly(entry("buildingIds", ""));
    assertThat(assigned.after()).containsExactly(entry("buildingIds", String.valueOf(estate.firstBuildingId())));
  }

  @Test
  void feeItemsRatesAndLateFeePoliciesAreLogged() {
    Community community = community(code());
    FeeItem item = feeItems.create(community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15, true,
        false);
    assertThat(onlyEntry(AuditAction.FEE_ITEM_CREATED, item.id()).after())
        .contains(entry("name", "物业服务费"), entry("cycle", "MONTHLY"), entry("dueDay", 15L));
    feeItems.addRate(item.id(), UnitUse.RESIDENTIAL, LocalDate.of(2026, 1, 1), new BigDecimal("2.80"));
    AuditEntry rate = onlyEntry(AuditAction.FEE_RATE_ADDED, item.id());
    assertThat(rate.after()).contains(entry("use", "RESIDENTIAL"), entry("effectiveFrom", "2026-01-01"));
    assertThat(new BigDecimal((String) rate.after().get("rate"))).isEqualByComparingTo("2.80");
    assertThatThrownBy(() -> feeItems.addRate(item.id(), UnitUse.RESIDENTIAL, LocalDate.of(2026, 1, 1),
        new BigDecimal("3.00"))).isInstanceOf(DomainException.class);
    assertThat(entries(AuditAction.FEE_RATE_ADDED, item.id())).as("a duplicate rate leaves no entry").hasSize(1);

    StaffMember manager = manageStaff.create(username("mgr"), "经理", Role.MANAGER, "manager-pass-1");
    lateFeePolicy.save(community.id(), true, new BigDecimal("0.05"), 30, new BigDecimal("20"), manager.id());
    AuditEntry first = onlyEntry(AuditAction.LATE_FEE_POLICY_CHANGED, community.id());
    assertThat(first.actorId()).isEqualTo(manager.id());
    assertThat(first.before()).as("a community's first policy has nothing before").isEmpty();
    assertThat(first.after()).containsEntry("enabled", true).containsEntry("graceDays", 30L);
    lateFeePolicy.save(community.id(), false, new BigDecimal("0.05"), 30, new BigDecimal("20"), manager.id());
    List<AuditEntry> both = entries(AuditAction.LATE_FEE_POLICY_CHANGED, community.id());
    assertThat(both).hasSize(2);
    assertThat(both.get(0).before()).containsExactly(entry("enabled", true));
    assertThat(both.get(0).after()).containsExactly(entry("enabled", false));
  }

  @Test
  void billRunsAreLoggedWhenStartedAndFinished() {
    var estate = BillingFixtures.create(context);
    var run = runBilling.run(estate.communityId(), estate.itemIds(), "2026-03", null);
    assertThat(onlyEntry(AuditAction.BILL_RUN_STARTED, run.id()).after())
        .contains(entry("period", "2026-03"), entry("status", "RUNNING"));
    AuditEntry finished = onlyEntry(AuditAction.BILL_RUN_FINISHED, run.id());
    assertThat(finished.before()).containsExactly(entry("status", "RUNNING"));
    assertThat(finished.after()).containsEntry("status", "DONE").containsEntry("billsWritten", run.billsWritten());
    assertThat(finished.scope().communityId()).isEqualTo(estate.communityId());
  }

  @Test
  void cashUpsAreLoggedWhenSubmittedAndConfirmed() {
    StaffMember clerk = manageStaff.create(username("desk"), "收费员", Role.STAFF, "desk-pass-12");
    StaffMember manager = manageStaff.create(username("boss"), "经理", Role.MANAGER, "boss-pass-123");
    LocalDate today = LocalDate.ofInstant(PersistenceTestApplication.NOW, java.time.ZoneId.of("Asia/Shanghai"));
    CashUp submitted = submitCashUp.submit(clerk.id(), today, "0.00", null);
    AuditEntry entry = onlyEntry(AuditAction.CASH_UP_SUBMITTED, submitted.id());
    assertThat(entry.actorId()).isEqualTo(clerk.id());
    assertThat(entry.after()).contains(entry("day", today.toString()), entry("revision", 1L), entry("status", "SUBMITTED"));
    assertThatThrownBy(() -> confirmCashUp.confirm(submitted.id(), submitted.revision(), Viewer.ownBuildings(clerk.id())))
        .as("staff do not confirm").isInstanceOf(RuntimeException.class);
    confirmCashUp.confirm(submitted.id(), submitted.revision(), Viewer.everything(manager.id()));
    AuditEntry confirmed = onlyEntry(AuditAction.CASH_UP_CONFIRMED, submitted.id());
    assertThat(confirmed.actorId()).isEqualTo(manager.id());
    assertThat(confirmed.before()).containsExactly(entry("status", "SUBMITTED"));
    assertThat(confirmed.after()).contains(entry("status", "CONFIRMED"), entry("confirmedBy", manager.id()));
  }

  @Autowired
  com.collection.core.payment.RecordPayment recordPayment;
  @Autowired
  com.collection.core.payment.ReversePayment reversePayment;
  @Autowired
  com.collection.core.billing.VoidBill voidBill;
  @Autowired
  com.collection.core.billing.Bills bills;
  @Autowired
  com.collection.core.adjustment.RequestAdjustment requestAdjustment;
  @Autowired
  com.collection.core.adjustment.DecideAdjustment decideAdjustment;
  @Autowired
  com.collection.core.latefee.PostLateFee postLateFee;

  private com.collection.core.payment.RecordPaymentCommand cash(long unitId, String amount, StaffMember by) {
    return new com.collection.core.payment.RecordPaymentCommand(unitId, new BigDecimal(amount),
        com.collection.core.payment.PaymentMethod.CASH, "业主", null, LocalDate.of(2026, 6, 1), List.of(),
        java.util.UUID.randomUUID().toString(), Viewer.everything(by.id()));
  }

  @Test
  void paymentsAndReversalsNameTheirCollectorAndManager() {
    var estate = BillingFixtures.create(context);
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-05", null);
    StaffMember collector = manageStaff.create(username("coll"), "收费员", Role.MANAGER, "collector-pass");
    StaffMember manager = manageStaff.create(username("rev"), "经理", Role.MANAGER, "manager-pass-1");
    var payment = recordPayment.record(cash(estate.flat(), "300.00", collector));
    AuditEntry recorded = onlyEntry(AuditAction.PAYMENT_RECORDED, payment.id());
    assertThat(recorded.actorId()).isEqualTo(collector.id());
    assertThat(recorded.scope().unitId()).isEqualTo(estate.flat());
    assertThat(recorded.after()).contains(entry("receiptNumber", payment.receiptNumber()), entry("amount", "300.00"),
        entry("method", "CASH"), entry("receivedOn", "2026-06-01"), entry("credit", "52.20"));
    assertThat((String) recorded.after().get("bills")).endsWith(": 247.80");

    assertThatThrownBy(() -> reversePayment.reverse(payment.id(), " ", manager.id())).isInstanceOf(DomainException.class);
    assertThat(entries(AuditAction.PAYMENT_REVERSED, payment.id())).as("a refused reversal leaves none").isEmpty();
    reversePayment.reverse(payment.id(), "收错房号", manager.id());
    AuditEntry reversed = onlyEntry(AuditAction.PAYMENT_REVERSED, payment.id());
    assertThat(reversed.actorId()).isEqualTo(manager.id());
    assertThat(reversed.before()).containsExactly(entry("status", "VALID"));
    assertThat(reversed.after()).contains(entry("status", "REVERSED"), entry("reason", "收错房号"));
    assertThatThrownBy(() -> reversePayment.reverse(payment.id(), "再冲一次", manager.id()))
        .isInstanceOf(DomainException.class);
    assertThat(entries(AuditAction.PAYMENT_REVERSED, payment.id())).hasSize(1);
  }

  @Test
  void voidsReissuesAdjustmentsAndLateFeesAreLogged() {
    var estate = BillingFixtures.create(context);
    runBilling.run(estate.communityId(), estate.itemIds(), "2026-01", null);
    var bill = bills.ofUnit(estate.flat()).get(0);
    voidBill.voidBill(bill.id(), "面积录错");
    AuditEntry voided = onlyEntry(AuditAction.BILL_VOIDED, bill.id());
    assertThat(voided.before()).containsExactly(entry("status", "ISSUED"));
    assertThat(voided.after()).contains(entry("status", "VOIDED"), entry("reason", "面积录错"));
    assertThatThrownBy(() -> voidBill.voidBill(bill.id(), "再作废")).isInstanceOf(DomainException.class);
    assertThat(entries(AuditAction.BILL_VOIDED, bill.id())).hasSize(1);
    var reissued = voidBill.reissue(bill.id());
    assertThat(onlyEntry(AuditAction.BILL_REISSUED, reissued.id()).after())
        .contains(entry("voidedBill", bill.id()), entry("revision", (long) bill.revision() + 1), entry("period", "2026-01"));

    StaffMember clerk = manageStaff.create(username("req"), "收费员", Role.STAFF, "clerk-pass-12");
    StaffMember manager = manageStaff.create(username("dec"), "经理", Role.MANAGER, "manager-pass-1");
    var request = requestAdjustment.request(reissued.id(), com.collection.core.adjustment.AdjustmentKind.WAIVER,
        new BigDecimal("10.00"), "停水减免", Viewer.everything(clerk.id()));
    AuditEntry requested = onlyEntry(AuditAction.ADJUSTMENT_REQUESTED, request.id());
    assertThat(requested.actorId()).isEqualTo(clerk.id());
    assertThat(requested.after()).contains(entry("amount", "10.00"), entry("status", "PENDING"));
    decideAdjustment.approve(request.id(), manager.id());
    AuditEntry approved = onlyEntry(AuditAction.ADJUSTMENT_APPROVED, request.id());
    assertThat(approved.actorId()).isEqualTo(manager.id());
    assertThat(approved.before()).containsExactly(entry("status", "PENDING"));
    assertThat(approved.after()).containsEntry("status", "APPROVED");
    decideAdjustment.counter(request.id(), "依据不成立", manager.id());
    AuditEntry countered = onlyEntry(AuditAction.ADJUSTMENT_COUNTERED, request.id());
    assertThat(countered.before()).containsExactly(entry("status", "APPROVED"));
    assertThat(countered.after()).contains(entry("status", "COUNTERED"), entry("note", "依据不成立"));
    var other = requestAdjustment.request(reissued.id(), com.collection.core.adjustment.AdjustmentKind.CORRECTION,
        new BigDecimal("1.00"), "更正", Viewer.everything(clerk.id()));
    decideAdjustment.reject(other.id(), "不予更正", manager.id());
    assertThat(onlyEntry(AuditAction.ADJUSTMENT_REJECTED, other.id()).after())
        .contains(entry("status", "REJECTED"), entry("note", "不予更正"));

    lateFeePolicy.save(estate.communityId(), true, new BigDecimal("0.05"), 0, new BigDecimal("20"), manager.id());
    var posted = postLateFee.post(reissued.id(), Viewer.everything(clerk.id()));
    AuditEntry lateFee = onlyEntry(AuditAction.LATE_FEE_POSTED, posted.id());
    assertThat(lateFee.actorId()).isEqualTo(clerk.id());
    assertThat(lateFee.after()).containsEntry("lateFeeOf", reissued.id()).containsEntry("amount",
        posted.amount().toString());
    assertThatThrownBy(() -> postLateFee.post(reissued.id(), Viewer.everything(clerk.id())))
        .isInstanceOf(DomainException.class);
    assertThat(log.search(new AuditFilter(null, null, null, false, AuditAction.LATE_FEE_POSTED, null, null,
        estate.flat(), null, null), new PageRequest(0, 10)).total()).as("posting twice leaves one entry").isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAnEntry() {
    Community created = community(code());
    long id = onlyEntry(AuditAction.COMMUNITY_CREATED, created.id()).id();
    assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET action = 'x' WHERE id = ?", id))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", id))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry")).hasMessageContaining("append-only");
    assertThat(onlyEntry(AuditAction.COMMUNITY_CREATED, created.id()).id()).isEqualTo(id);
  }
}
