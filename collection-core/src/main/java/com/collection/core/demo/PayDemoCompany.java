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
 * A year of the demo company's payments, deterministic (fixed seed): most units pay every quarter
 * or two, on time or a little late; some prepay the year and hold credit; some stopped paying
 * months ago; a few have paid nothing this year; a few payments were reversed.
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
   * its history is the same on every run.
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

  /** A payment the demo will record: on which day, for which unit, by whom and how. */
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
    for (long unitId : unitIdsOf(community)) {
      plan(unitId, random, today, managerId, buildingCache, plans);
    }
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
        if (reversed.add(payment.id()) && payment.recordedOn().plusDays(3).isBefore(today)) {
          desk.reverse(at(payment.recordedOn().plusDays(1 + random.nextInt(2))), payment.id(),
              REVERSAL_REASONS[random.nextInt(REVERSAL_REASONS.length)], managerId);
        }
      }
    }
    return made.size();
  }

  private void plan(long unitId, Random random, LocalDate today, Long managerId,
      Map<Long, Building> buildingCache, List<Planned> plans) {
    List<OpenBill> open = bills.openOfUnit(unitId);
    if (open.isEmpty()) {
      return;
    }
    int profile = random.nextInt(100);
    if (profile < 3) {
      return;                                       // has paid nothing this year
    }
    Long collector = collectorOf(open.get(0).ref().buildingId(), buildingCache, managerId);
    if (collector == null) {
      return;
    }
    LocalDate stopAfter = profile < 13 ? today.minusMonths(4 + random.nextInt(7)) : today;   // months in arrears
    boolean prepays = profile >= 13 && profile < 25;
    int everyMonths = random.nextInt(3) == 0 ? 4 : 6;
    LocalDate first = open.get(0).dueDate();
    LocalDate payDay = prepays ? first.plusDays(random.nextInt(10))
        : first.plusMonths(everyMonths - 1L).plusDays(random.nextInt(25) - 5L);
    while (!payDay.isAfter(stopAfter) && !payDay.isAfter(today)) {
      plans.add(new Planned(payDay, unitId, collector, prepays, prepays ? 100L * (200 + random.nextInt(800)) : 0,
          PaymentMethod.values()[random.nextInt(5)]));
      if (prepays) {
        break;
      }
      payDay = payDay.plusMonths(everyMonths);
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
        "业主", ref, plan.day(), List.of(), "demo-" + plan.unitId() + "-" + plan.day(),
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
