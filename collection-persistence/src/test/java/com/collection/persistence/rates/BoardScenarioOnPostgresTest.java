package com.collection.persistence.rates;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.LogAttemptCommand;
import com.collection.core.arrears.LogCollectionAttempt;
import com.collection.core.arrears.Reached;
import com.collection.core.billing.Bill;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.Bills;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.VoidBill;
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
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.payment.ReversePayment;
import com.collection.core.rates.Board;
import com.collection.core.rates.BoardRow;
import com.collection.core.rates.BoardView;
import com.collection.core.rates.Figures;
import com.collection.core.rates.Rate;
import com.collection.core.rates.ViewBoard;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The boards against figures computed by hand, through the real use cases on PostgreSQL, in a
 * context (and schema) of its own so that the company is exactly these two communities.
 *
 * <p>阳光 (fee year = calendar year): buildings 1栋 (a101 100 m², a102 50 m², parking aP1), 2栋
 * (b201, b202), 10栋 (c101) and 3栋 (one unsold flat: nothing receivable). ¥2.00/m² a month, parking
 * ¥50, due on the 2nd. 翠湖 (fee year from July): 1栋 (e101, 100 m²). December and January billed.
 * <ul>
 * <li>Dec 1: a101 pays 600 ahead: December, then January from credit when it is issued (Dec 20).
 * <li>Dec 3: e101 pays its December bill. Dec 5: aP1, b201, b202, c101 pay December.
 * <li>Jan 5: b201 pays January (P1). Jan 6: c101 pays January (Pc).
 * <li>Jan 12: b202's payment received Fri Jan 9 is recorded; P1 is reversed.
 * <li>Jan 13: aP1's January bill voided; a102's January bill waived by 40 (its case opens: December
 *     is 42 days overdue); staff X phones a102 (counting attempt).
 * <li>Jan 14: Pc reversed (c101 was paid up at the end of W02, not at the end of W03); a102 pays
 *     100, which goes to last year's December bill (recovered).
 * <li>Jan 20: b201's second payment, received Jan 8 (before P1's reversal), counts from Jan 12.
 * </ul>
 * Staff X works 1栋 and 2栋, staff Y 2栋 and 10栋 (2栋 counts in both rows). Today: Sun 2026-02-01.
 */
@SpringBootTest(properties = "collection.test.context=boards-scenario")
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardScenarioOnPostgresTest {

  private static final String DASH = "—";

  @Autowired
  ApplicationContext context;
  @Autowired
  MutableClock clock;
  @Autowired
  ViewBoard viewBoard;
  @Autowired
  JdbcTemplate jdbc;

  Community sun;
  Community lake;
  StaffMember staffX;
  StaffMember staffY;

  @BeforeAll
  void scenario() {
    SaveCommunity communities = context.getBean(SaveCommunity.class);
    SaveBuilding buildings = context.getBean(SaveBuilding.class);
    AddUnit units = context.getBean(AddUnit.class);
    ManageFeeItems items = context.getBean(ManageFeeItems.class);
    RunBilling runBilling = context.getBean(RunBilling.class);
    RecordPayment pay = context.getBean(RecordPayment.class);
    ReversePayment reverse = context.getBean(ReversePayment.class);
    Bills bills = context.getBean(Bills.class);
    ManageStaff staff = context.getBean(ManageStaff.class);
    StaffMember manager = staff.create("boardmanager", "经理", Role.MANAGER, "manager-pass");
    StaffMember approver = staff.create("boardapprover", "审批", Role.MANAGER, "approver-pass");
    Viewer desk = Viewer.everything(manager.id());

    clock.setDay(LocalDate.of(2025, 11, 20));
    sun = communities.create(new CommunityDetails("阳光", "KBSUN", null, 1, "", "", null, null, null, 15));
    lake = communities.create(new CommunityDetails("翠湖", "KBLAK", null, 7, "", "", null, null, null, 15));
    Building a = buildings.create(sun.id(), "1栋", null);
    Building b = buildings.create(sun.id(), "2栋", null);
    Building c = buildings.create(sun.id(), "10栋", null);
    Building d = buildings.create(sun.id(), "3栋", null);
    Building e = buildings.create(lake.id(), "1栋", null);
    Unit a101 = units.add(a.id(), "101", 1, Area.of("100.00"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    Unit a102 = units.add(a.id(), "102", 1, Area.of("50.00"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    Unit aP1 = units.add(a.id(), "P1", -1, Area.of("10.00"), UnitUse.PARKING, Occupancy.OCCUPIED);
    Unit b201 = units.add(b.id(), "201", 2, Area.of("100.00"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    Unit b202 = units.add(b.id(), "202", 2, Area.of("100.00"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    Unit c101 = units.add(c.id(), "101", 1, Area.of("100.00"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    units.add(d.id(), "301", 3, Area.of("100.00"), UnitUse.RESIDENTIAL, Occupancy.UNSOLD);
    Unit e101 = units.add(e.id(), "101", 1, Area.of("100.00"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    staffX = staff.create("boardx", "许", Role.STAFF, "staff-pass");
    staffY = staff.create("boardy", "杨", Role.STAFF, "staff-pass");
    staff.assignBuildings(staffX.id(), Set.of(a.id(), b.id()));
    staff.assignBuildings(staffY.id(), Set.of(b.id(), c.id()));

    List<Long> sunItems = feeItems(items, sun.id(), true);
    List<Long> lakeItems = feeItems(items, lake.id(), false);
    runBilling.run(sun.id(), sunItems, "2025-12", null);
    runBilling.run(lake.id(), lakeItems, "2025-12", null);

    clock.setDay(LocalDate.of(2025, 12, 1));
    pay.record(cash(a101, "600.00", "2025-12-01", desk));
    clock.setDay(LocalDate.of(2025, 12, 3));
    pay.record(cash(e101, "200.00", "2025-12-03", desk));
    clock.setDay(LocalDate.of(2025, 12, 5));
    pay.record(cash(aP1, "50.00", "2025-12-05", desk));
    pay.record(cash(b201, "200.00", "2025-12-05", desk));
    pay.record(cash(b202, "200.00", "2025-12-05", desk));
    pay.record(cash(c101, "200.00", "2025-12-05", desk));
    clock.setDay(LocalDate.of(2025, 12, 20));
    runBilling.run(sun.id(), sunItems, "2026-01", null);
    runBilling.run(lake.id(), lakeItems, "2026-01", null);

    clock.setDay(LocalDate.of(2026, 1, 5));
    long p1 = pay.record(cash(b201, "200.00", "2026-01-05", desk)).id();
    clock.setDay(LocalDate.of(2026, 1, 6));
    long pc = pay.record(cash(c101, "200.00", "2026-01-06", desk)).id();
    clock.setDay(LocalDate.of(2026, 1, 12));
    pay.record(cash(b202, "200.00", "2026-01-09", desk));
    reverse.reverse(p1, "转账退回", manager.id());
    clock.setDay(LocalDate.of(2026, 1, 13));
    context.getBean(VoidBill.class).voidBill(january(bills, aP1).id(), "车位已退租");
    long waiver = context.getBean(RequestAdjustment.class).request(january(bills, a102).id(), AdjustmentKind.WAIVER,
        new BigDecimal("40.00"), "停水三天", desk).id();
    context.getBean(DecideAdjustment.class).approve(waiver, approver.id());
    long caseId = jdbc.queryForObject("SELECT id FROM arrears_case WHERE unit_id = ? AND status = 'OPEN'", Long.class,
        a102.id());
    context.getBean(LogCollectionAttempt.class).log(new LogAttemptCommand(caseId, Viewer.ownBuildings(staffX.id()),
        Channel.PHONE, Reached.NOBODY, "无人接听", null, CaseCategory.UNCONFIRMED, null, null, null, null));
    clock.setDay(LocalDate.of(2026, 1, 14));
    reverse.reverse(pc, "重复收款", manager.id());
    pay.record(cash(a102, "100.00", "2026-01-14", desk));
    clock.setDay(LocalDate.of(2026, 1, 20));
    pay.record(cash(b201, "200.00", "2026-01-08", desk));

    clock.setDay(LocalDate.of(2026, 2, 1));
  }

  @AfterAll
  void resetClock() {
    clock.reset();
  }

  private static List<Long> feeItems(ManageFeeItems items, long communityId, boolean parking) {
    FeeItem service = items.create(communityId, "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 2, true, false);
    items.addRate(service.id(), UnitUse.RESIDENTIAL, LocalDate.of(2024, 1, 1), new BigDecimal("2.00"));
    if (!parking) {
      return List.of(service.id());
    }
    FeeItem park = items.create(communityId, "车位管理费", FeeKind.FIXED, BillingCycle.MONTHLY, 2, false, false);
    items.addRate(park.id(), UnitUse.PARKING, LocalDate.of(2024, 1, 1), new BigDecimal("50"));
    return List.of(service.id(), park.id());
  }

  private static RecordPaymentCommand cash(Unit unit, String amount, String receivedOn, Viewer viewer) {
    return new RecordPaymentCommand(unit.id(), new BigDecimal(amount), PaymentMethod.CASH, "业主", null,
        LocalDate.parse(receivedOn), List.of(), UUID.randomUUID().toString(), viewer);
  }

  private static Bill january(Bills bills, Unit unit) {
    return bills.ofUnit(unit.id()).stream().filter(bill -> bill.period().key().equals("2026-01")).findFirst()
        .orElseThrow();
  }

  // --- expectations: rank, rate, change, household rate, collected in the period, units that paid,
  // outstanding, arrears recovery rate, overall rate ("—" where the figure is "—")

  private static void expect(BoardRow row, Integer rank, String rate, String change, String household,
      String collected, long unitsPaid, String outstanding, String recovery, String overall) {
    Figures f = row.figures();
    String what = row.name();
    assertThat(row.rank()).as("%s rank", what).isEqualTo(rank);
    assertThat(shown(f.rate())).as("%s rate", what).isEqualTo(rate);
    assertThat(f.change() == null ? DASH : f.change().toPlainString()).as("%s change", what).isEqualTo(change);
    assertThat(shown(f.householdRate())).as("%s household rate", what).isEqualTo(household);
    assertThat(f.collectedInPeriod()).as("%s collected in the period", what).isEqualTo(Money.of(collected));
    assertThat(f.unitsPaid()).as("%s units that paid", what).isEqualTo(unitsPaid);
    assertThat(f.outstanding()).as("%s outstanding", what).isEqualTo(Money.of(outstanding));
    assertThat(shown(f.recoveryRate())).as("%s recovery rate", what).isEqualTo(recovery);
    assertThat(shown(f.overallRate())).as("%s overall rate", what).isEqualTo(overall);
  }

  private static String shown(Rate rate) {
    return rate.isNone() ? DASH : rate.percent().toPlainString();
  }

  private Board board(String period, Long community, BoardView view) {
    return viewBoard.view(period, null, community, view);
  }

  private static List<String> names(Board board) {
    return board.rows().stream().map(BoardRow::name).toList();
  }

  @Test
  void weekAcrossTheFeeYearBoundary() {
    // W01 = Mon Dec 29 – Sun Jan 4: the figures are fee year 2026's as of Jan 4; s − 1 lies in 2025
    Board board = board("2026-W01", sun.id(), BoardView.BUILDING);
    assertThat(board.lastDay()).isEqualTo(LocalDate.of(2026, 1, 4));
    // 2栋 and 10栋 tie exactly at 0%: the smaller outstanding (10栋: 200) first
    assertThat(names(board)).containsExactly("1栋", "10栋", "2栋", "3栋");
    // 1栋: 200 of 300 (a101's prepayment counts once its January bill fell due, in this week)
    expect(board.rows().get(0), 1, "66.6", DASH, "50.0", "200.00", 0, "100.00", "0.0", "50.0");
    expect(board.rows().get(1), 2, "0.0", DASH, "0.0", "0.00", 0, "200.00", DASH, "0.0");
    expect(board.rows().get(2), 2, "0.0", DASH, "0.0", "0.00", 0, "400.00", DASH, "0.0");
    expect(board.rows().get(3), null, DASH, DASH, DASH, "0.00", 0, "0.00", DASH, DASH);
    expect(board.total(), null, "22.2", DASH, "20.0", "200.00", 0, "700.00", "0.0", "20.0");
  }

  @Test
  void weekTwoPaymentsReceivedThisWeekCountHereEvenWhenRecordedLater() {
    Board board = board("2026-W02", sun.id(), BoardView.BUILDING);
    // 2栋 and 10栋 tie at 100% with nothing outstanding: by name, 2栋 before 10栋
    assertThat(names(board)).containsExactly("2栋", "10栋", "1栋", "3栋");
    // b202's payment received Fri Jan 9 and recorded Mon Jan 12 counts in W02; P1 (reversed Jan 12) too
    expect(board.rows().get(0), 1, "100.0", "100.0", "100.0", "400.00", 2, "0.00", DASH, "100.0");
    expect(board.rows().get(1), 1, "100.0", "100.0", "100.0", "200.00", 1, "0.00", DASH, "100.0");
    expect(board.rows().get(2), 3, "66.6", "0.0", "50.0", "0.00", 0, "100.00", "0.0", "50.0");
    expect(board.rows().get(3), null, DASH, DASH, DASH, "0.00", 0, "0.00", DASH, DASH);
    // (800 − 200) / 900 = 66.67 points
    expect(board.total(), null, "88.8", "66.7", "80.0", "600.00", 3, "100.00", "0.0", "80.0");
  }

  @Test
  void weekThreeAReversalAWaiverAVoidAndALatePaymentOfLastYear() {
    Board board = board("2026-W03", sun.id(), BoardView.BUILDING);
    assertThat(names(board)).containsExactly("2栋", "1栋", "10栋", "3栋");
    // 2栋: P1 reversed Jan 12, the second payment (received Jan 8) counts from Jan 12: no day counts it twice
    expect(board.rows().get(0), 1, "100.0", "0.0", "100.0", "0.00", 0, "0.00", DASH, "100.0");
    // 1栋: 200 / 260 (waiver −40; aP1's voided bill counts nowhere) against 200 / 300 before: +10.26 points;
    // a102's 100 went to last December's bill: recovery 100 / 100, overall 300 / 360
    expect(board.rows().get(1), 2, "76.9", "10.3", "50.0", "0.00", 1, "60.00", "100.0", "83.3");
    // 10栋: c101 paid up at the end of W02, not after Pc's reversal on Jan 14
    expect(board.rows().get(2), 3, "0.0", "-100.0", "0.0", "-200.00", 0, "200.00", DASH, "0.0");
    // 600 / 860 − 800 / 900 = −19.12 points
    expect(board.total(), null, "69.7", "-19.1", "60.0", "-200.00", 1, "260.00", "100.0", "72.9");
  }

  @Test
  void monthsOfBothFeeYears() {
    Board january = board("2026-01", sun.id(), BoardView.BUILDING);
    assertThat(january.lastDay()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(names(january)).containsExactly("2栋", "1栋", "10栋", "3栋");
    // units that paid: b201 (the Jan 8 payment; P1 is reversed by Jan 31) and b202
    expect(january.rows().get(0), 1, "100.0", DASH, "100.0", "400.00", 2, "0.00", DASH, "100.0");
    expect(january.rows().get(1), 2, "76.9", DASH, "50.0", "200.00", 1, "60.00", "100.0", "83.3");
    expect(january.rows().get(2), 3, "0.0", DASH, "0.0", "0.00", 0, "200.00", DASH, "0.0");
    expect(january.rows().get(3), null, DASH, DASH, DASH, "0.00", 0, "0.00", DASH, DASH);
    expect(january.total(), null, "69.7", DASH, "60.0", "600.00", 3, "260.00", "100.0", "72.9");

    Board december = board("2025-12", sun.id(), BoardView.BUILDING);
    assertThat(names(december)).containsExactly("2栋", "10栋", "1栋", "3栋");
    // nothing was receivable on Nov 30: the change is "—"; no earlier fee year: recovery "—"
    expect(december.rows().get(0), 1, "100.0", DASH, "100.0", "400.00", 2, "0.00", DASH, "100.0");
    expect(december.rows().get(1), 1, "100.0", DASH, "100.0", "200.00", 1, "0.00", DASH, "100.0");
    expect(december.rows().get(2), 3, "71.4", DASH, "50.0", "250.00", 2, "100.00", DASH, "71.4");
    expect(december.total(), null, "89.4", DASH, "80.0", "850.00", 5, "100.00", DASH, "89.4");
  }

  @Test
  void staffRowsCountTheirBuildingsAndTheirWorklistCompletion() {
    Board board = board("2026-W03", sun.id(), BoardView.STAFF);
    assertThat(names(board)).containsExactly("许", "杨");
    // 许: 1栋 + 2栋 = 600 / 660 against 600 / 700 before (+5.19 points)
    expect(board.rows().get(0), 1, "90.9", "5.2", "75.0", "0.00", 1, "60.00", "100.0", "92.1");
    // 杨: 2栋 + 10栋 = 400 / 600 against 600 / 600
    expect(board.rows().get(1), 2, "66.6", "-33.3", "66.6", "-200.00", 0, "200.00", DASH, "66.6");
    // one counting attempt in W03; a102's case has had none since Jan 13: in breach today
    assertThat(board.rows().get(0).completion()).isEqualTo(new BoardRow.Completion(1, 1));
    assertThat(board.rows().get(1).completion()).isEqualTo(new BoardRow.Completion(0, 0));
    // the community's own sums count 2栋 once
    assertThat(board.total().figures().receivable()).isEqualTo(Money.of("860.00"));
    assertThat(board("2026-W02", sun.id(), BoardView.STAFF).rows().get(0).completion().attempts()).isZero();
  }

  @Test
  void companyAndCommunityRowsAcrossCommunitiesWithDifferentFeeYears() {
    // 翠湖's fee year runs July–June: W01 lies inside its fee year 2025 (Dec + Jan bills: 200 of 400)
    Board communities = board("2026-W01", null, BoardView.COMMUNITY);
    assertThat(names(communities)).containsExactly("翠湖", "阳光");
    expect(communities.rows().get(0), 1, "50.0", "-50.0", "0.0", "0.00", 0, "200.00", DASH, "50.0");
    expect(communities.rows().get(1), 2, "22.2", DASH, "20.0", "200.00", 0, "700.00", "0.0", "20.0");
    // the company: its own sums; 阳光 crosses its fee-year boundary in W01, so the change is "—"
    expect(communities.total(), null, "30.7", DASH, "16.6", "200.00", 0, "900.00", "0.0", "28.5");

    Board company = board("2026-W03", null, BoardView.BUILDING);
    assertThat(company.rows()).extracting(r -> r.name() + "@" + (r.communityId().equals(sun.id()) ? "阳光" : "翠湖"))
        .containsExactly("2栋@阳光", "1栋@阳光", "1栋@翠湖", "10栋@阳光", "3栋@阳光");
    assertThat(company.rows()).extracting(BoardRow::rank).containsExactly(1, 2, 3, 4, null);
    expect(company.rows().get(2), 3, "50.0", "0.0", "0.0", "0.00", 0, "200.00", DASH, "50.0");
    // 800 / 1260 − 1000 / 1300 = −13.43 points
    expect(company.total(), null, "63.4", "-13.4", "50.0", "-200.00", 1, "460.00", "100.0", "66.1");
    Board staff = board("2026-W03", null, BoardView.STAFF);
    assertThat(names(staff)).containsExactly("许", "杨");
    assertThat(staff.rows().get(0).completion()).isEqualTo(new BoardRow.Completion(1, 1));
  }
}
