package com.collection.core.demo;

import com.collection.core.billing.BillableUnit;
import com.collection.core.billing.BillingUnits;
import com.collection.core.estate.Building;
import com.collection.core.estate.Buildings;
import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.payment.OpenBill;
import com.collection.core.payment.PayableBills;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Service;

/**
 * A year of the demo company's payments up to yesterday, deterministic for a seed and a day: most
 * units pay every four or six months, each from a day of its own, so that payments spread over the
 * whole year whatever the day the demo is generated on; some prepay the year and hold credit; some
 * stopped paying months ago; a few have paid nothing this year; a few payments were reversed. The
 * desk is closed on Sundays, and every other day of the last two weeks has payments (the demo's
 * cash-ups are of those days).
 */
@Service
public class PayDemoCompany {

  private static final String[] REVERSAL_REASONS = {"金额录入错误", "收错房号", "重复收款"};

  private final Communities communities;
  private final Buildings buildings;
  private final PayableBills bills;
  private final StaffMembers staff;
  private final DemoPaymentDesk desk;
  private final BillingUnits units;
  private final Clock clock;

  public PayDemoCompany(Communities communities, Buildings buildings, PayableBills bills, StaffMembers staff,
      DemoPaymentDesk desk, BillingUnits units, Clock clock) {
    this.units = units;
    this.communities = communities;
    this.buildings = buildings;
    this.bills = bills;
    this.staff = staff;
    this.desk = desk;
    this.clock = clock;
  }

  /**
   * Returns how many payments were recorded. Each community has its own seeded random numbers, so
   * its history is the same on every run of the same day.
   */
  public int payLastYear(long seed) {
    LocalDate today = LocalDate.now(clock);
    Long managerId = staff.byUsername("manager").map(StaffMember::id).orElse(null);
    List<Community> all = communities.all().stream().sorted(java.util.Comparator.comparing(Community::id)).toList();
    List<java.util.concurrent.Callable<Long>> parts = new ArrayList<>();
    for (int index = 0; index < all.size(); index++) {
      Community community = all.get(index);
      Random random = new Random(seed * 31 + index);
      parts.add(() -> (long) payCommunity(community, random, today, managerId));
    }
    return (int) SideBySide.sum(parts);
  }

  /**
   * A payment the demo will record: on which day, for which unit, by whom and how; {@code extraFen}
   * is paid on top of what is due (a prepayer's credit).
   */
  private record Planned(LocalDate day, long unitId, long collector, boolean prepay, long extraFen,
      PaymentMethod method) {
  }

  /**
   * Plans every unit's payments first, then records them day by day in date order (one transaction
   * per day), so receipt numbers rise with the days as they would at a real desk.
   */
  private int payCommunity(Community community, Random random, LocalDate today, Long managerId) {
    Map<Long, Building> buildingCache = new HashMap<>();
    List<Planned> plans = new ArrayList<>();
    List<Planned> walkIns = new ArrayList<>();
    for (long unitId : unitIdsOf(community)) {
      plan(unitId, random, today, managerId, buildingCache, plans, walkIns);
    }
    coverEveryRecentDesk(plans, walkIns, random, today);
    plans.sort(java.util.Comparator.comparing(Planned::day).thenComparingLong(Planned::unitId));
    List<Payment> made = new ArrayList<>();
    int[] references = {1};
    int from = 0;
    while (from < plans.size()) {
      LocalDate day = plans.get(from).day();
      int to = from;
      while (to < plans.size() && plans.get(to).day().equals(day)) {
        to++;
      }
      List<Planned> ofTheDay = plans.subList(from, to);
      desk.inOneTransaction(() -> ofTheDay.forEach(p -> record(p, community.code(), references, made)));
      from = to;
    }
    if (managerId != null) {
      java.util.Set<Long> reversed = new java.util.HashSet<>();
      for (int i = 0; i < made.size() / 100; i++) {
        Payment payment = made.get(random.nextInt(made.size()));
        LocalDate reversalDay = DemoCalendar.openOnOrAfter(payment.recordedOn().plusDays(1 + random.nextInt(2)));
        if (reversed.add(payment.id()) && reversalDay.isBefore(today)) {
          desk.reverse(at(reversalDay), payment.id(), REVERSAL_REASONS[random.nextInt(REVERSAL_REASONS.length)],
              managerId);
        }
      }
    }
    return made.size();
  }

  /**
   * One unit's payments up to yesterday (the desk is closed on Sundays). Regular payers pay every
   * four or six months from a day of their own within the first cycle, so that payments spread over
   * every week of the year whatever the day the demo is generated on.
   */
  private void plan(long unitId, Random random, LocalDate today, Long managerId,
      Map<Long, Building> buildingCache, List<Planned> plans, List<Planned> walkIns) {
    List<OpenBill> open = bills.openOfUnit(unitId);
    if (open.isEmpty()) {
      return;
    }
    int profile = random.nextInt(100);
    Long collector = collectorOf(open.get(0).ref().buildingId(), buildingCache, managerId);
    if (collector == null) {
      return;
    }
    PaymentMethod method = PaymentMethod.values()[random.nextInt(5)];
    LocalDate yesterday = today.minusDays(1);
    LocalDate first = open.get(0).dueDate();
    if (profile < 3) {
      return;                                       // has paid nothing this year
    }
    if (profile < 25 && profile >= 13) {            // prepays the year early on, and holds credit
      LocalDate day = DemoCalendar.openOnOrAfter(first.plusDays(random.nextInt(10)));
      if (!day.isAfter(yesterday)) {
        plans.add(new Planned(day, unitId, collector, true, 100L * (200 + random.nextInt(800)), method));
      }
      return;
    }
    LocalDate stopAfter = profile < 13 ? today.minusMonths(4 + random.nextInt(7)) : yesterday;   // in arrears
    int everyMonths = random.nextInt(3) == 0 ? 4 : 6;
    LocalDate payDay = first.plusDays(random.nextInt(everyMonths * 30));
    while (!payDay.isAfter(stopAfter)) {
      LocalDate deskDay = DemoCalendar.openOnOrAfter(payDay);
      if (!deskDay.isAfter(yesterday)) {
        plans.add(new Planned(deskDay, unitId, collector, false, 0, method));
      }
      payDay = payDay.plusMonths(everyMonths).plusDays(random.nextInt(11) - 5L);
    }
    if (profile >= 25) {
      // a regular payer who may also drop in to pay ahead (what keeps every recent desk busy)
      walkIns.add(new Planned(yesterday, unitId, collector, false, 100L * (100 + random.nextInt(400)), method));
    }
  }

  /**
   * Every day of the last two weeks that the desk is open has some payments (the demo's cash-ups
   * are of those days): a day the plans leave empty gets a few owners paying ahead.
   */
  private static void coverEveryRecentDesk(List<Planned> plans, List<Planned> walkIns, Random random,
      LocalDate today) {
    if (walkIns.isEmpty()) {
      return;
    }
    java.util.Set<LocalDate> planned = new java.util.HashSet<>();
    plans.forEach(p -> planned.add(p.day()));
    for (LocalDate day = today.minusDays(DemoCashUps.DAYS); day.isBefore(today); day = day.plusDays(1)) {
      if (!DemoCalendar.isOpen(day) || planned.contains(day)) {
        continue;
      }
      for (int i = 0; i < 3; i++) {
        Planned walkIn = walkIns.get(random.nextInt(walkIns.size()));
        plans.add(new Planned(day, walkIn.unitId(), walkIn.collector(), false, walkIn.extraFen(), walkIn.method()));
      }
    }
  }

  /** Pays what is due by the day (a prepayer: everything open, and some more). */
  private void record(Planned plan, String communityCode, int[] references, List<Payment> made) {
    Money amount = bills.openOfUnit(plan.unitId()).stream()
        .filter(b -> plan.prepay() || !b.dueDate().isAfter(plan.day()))
        .map(OpenBill::outstanding).reduce(Money.ZERO, Money::plus).plus(Money.ofFen(plan.extraFen()));
    if (!amount.isPositive()) {
      return;
    }
    String ref = plan.method().needsReference()
        ? communityCode + plan.method().name().substring(0, 2) + String.format("%08d", references[0]++) : null;
    made.add(desk.record(at(plan.day()), new RecordPaymentCommand(plan.unitId(), amount.amount(), plan.method(),
        "业主", ref, plan.day(), List.of(), "demo-" + plan.unitId() + "-" + plan.day() + "-" + made.size(),
        Viewer.everything(plan.collector()))));
  }

  private Long collectorOf(long buildingId, Map<Long, Building> cache, Long fallback) {
    Building building = cache.computeIfAbsent(buildingId, id -> buildings.byId(id).orElseThrow());
    return building.responsibleStaffId() != null ? building.responsibleStaffId() : fallback;
  }

  private Clock at(LocalDate day) {
    ZoneId zone = clock.getZone();
    return Clock.fixed(day.atTime(10, 30).atZone(zone).toInstant(), zone);
  }

  private List<Long> unitIdsOf(Community community) {
    List<Long> ids = new ArrayList<>();
    long after = 0;
    List<BillableUnit> batch;
    while (!(batch = units.ofCommunity(community.id(), after, 1000)).isEmpty()) {
      batch.forEach(u -> ids.add(u.unitId()));
      after = batch.get(batch.size() - 1).unitId();
    }
    return ids;
  }

}
