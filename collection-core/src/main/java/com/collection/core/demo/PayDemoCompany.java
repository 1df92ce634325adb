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

  private int payCommunity(Community community, Random random, LocalDate today, Long managerId) {
    Map<Long, Building> buildingCache = new HashMap<>();
    List<Payment> made = new ArrayList<>();
    int[] references = {1};
    for (long unitId : unitIdsOf(community)) {
      desk.inOneTransaction(() -> payUnit(unitId, random, today, managerId, buildingCache, references, made,
          community.code()));
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

  private void payUnit(long unitId, Random random, LocalDate today, Long managerId,
      Map<Long, Building> buildingCache, int[] references, List<Payment> made, String communityCode) {
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
      LocalDate day = payDay;
      List<OpenBill> stillOpen = bills.openOfUnit(unitId);
      Money amount = stillOpen.stream().filter(b -> prepays || !b.dueDate().isAfter(day))
          .map(OpenBill::outstanding).reduce(Money.ZERO, Money::plus);
      if (prepays) {
        amount = amount.plus(Money.ofFen(100L * (200 + random.nextInt(800))));
      }
      if (amount.isPositive()) {
        PaymentMethod method = PaymentMethod.values()[random.nextInt(5)];
        String ref = method.needsReference()
            ? communityCode + method.name().substring(0, 2) + String.format("%08d", references[0]++) : null;
        made.add(desk.record(at(day), new RecordPaymentCommand(unitId, amount.amount(), method, "业主", ref, day,
            List.of(), "demo-" + unitId + "-" + day, Viewer.everything(collector))));
      }
      if (prepays) {
        break;
      }
      payDay = payDay.plusMonths(everyMonths);
    }
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
