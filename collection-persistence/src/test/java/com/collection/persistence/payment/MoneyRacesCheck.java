package com.collection.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.billing.Bill;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.Bills;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.VoidBill;
import com.collection.core.demo.DemoPaymentDesk;
import com.collection.core.estate.AddUnit;
import com.collection.core.estate.Area;
import com.collection.core.estate.Building;
import com.collection.core.estate.Community;
import com.collection.core.estate.CommunityDetails;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.SaveBuilding;
import com.collection.core.estate.SaveCommunity;
import com.collection.core.estate.UnitUse;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.latefee.PostLateFee;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.payment.ReversePayment;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.persistence.MutableClock;
import com.collection.persistence.SecondInstance;
import com.collection.persistence.billing.Recomputed;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every pair of the operations that change a unit's money (payment, the demo desk's payment,
 * reversal, void, reissue, adjustment approval, counter-entry, late-fee posting, bill run; credit is
 * used inside several of them), raced on one unit from two application instances on one schema,
 * each pair several times with random offsets of a few milliseconds. Each race starts from a fresh
 * unit (a few share a community, one of them raced against a bill run, which bills them all), then
 * the unit's ledger must be whole: a bill's paid amount is the sum of its live allocations and its
 * adjusted amount that of its approved adjustments; nothing was paid or adjusted on a voided bill; the unit never holds credit and open bills at once; every payment's
 * money is on bills or credit; one live bill per fee item and period; each bill's money effects sum
 * to its state; the rollups equal the recomputation. A refusal (a {@link DomainException}) is a
 * fair outcome of a race; anything else (a deadlock, a broken constraint) is not. Where both sides
 * do the same thing once (two reversals of one payment, two voids of one bill, ...), exactly one
 * wins. The seed is printed with any failure. Run on PostgreSQL ({@link MoneyRacesOnPostgresTest})
 * and on H2 ({@link MoneyRacesOnH2Test}), whose row locks and foreign keys differ.
 */
final class MoneyRacesCheck {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  /** The raced operations, each on its target in the unit's starting state (see {@link #setUp}). */
  enum Op {
    PAY, DEMO_DESK_PAY, REVERSE, VOID, REISSUE, APPROVE, COUNTER, POST_LATE_FEE, BILL_RUN
  }

  /** Operations that can succeed once only on their target: raced against themselves, one wins. */
  private static final List<Op> ONCE = List.of(Op.REVERSE, Op.VOID, Op.REISSUE, Op.APPROVE, Op.COUNTER,
      Op.POST_LATE_FEE);

  private final ConfigurableApplicationContext first;
  private final Environment environment;
  private final JdbcTemplate jdbc;

  private StaffMember clerk;
  private StaffMember manager;
  private int communities = ThreadLocalRandom.current().nextInt(100_000);

  /**
   * A unit of a small community (¥247.80 a month, due on the 15th, late fees 0.05 % a day from the
   * day after the due date), billed January to May 2026: January paid by {@code p0} (received
   * 2026-01-20), February adjusted by ¥50 ({@code a1}, approved), March with a pending request of
   * ¥30 ({@code r2}) and its late fee accruing, April unpaid, May voided. (The payment, the
   * adjustments and the void are made only where the race needs them; the others are 0.)
   */
  private record Unit(long communityId, long buildingId, long unitId, long itemId, long march, long april,
      long mayVoided, long p0, long a1, long r2) {
  }

  MoneyRacesCheck(ConfigurableApplicationContext first) {
    this.first = first;
    this.environment = first.getEnvironment();
    this.jdbc = first.getBean(JdbcTemplate.class);
  }

  /** Races every pair {@code rounds} times against a second instance; fails on any broken race. */
  void run(int rounds) throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    ManageStaff staff = first.getBean(ManageStaff.class);
    clerk = staff.create("raceclerk" + ThreadLocalRandom.current().nextInt(1_000_000_000), "收费员", Role.MANAGER,
        "clerk-pass");
    manager = staff.create("racemanager" + ThreadLocalRandom.current().nextInt(1_000_000_000), "经理", Role.MANAGER,
        "manager-pass");
    List<Op[]> pairs = new ArrayList<>();
    for (Op a : Op.values()) {
      for (Op b : Op.values()) {
        if (b.ordinal() >= a.ordinal()) {
          pairs.add(new Op[] {a, b});
        }
      }
    }
    Map<String, List<String>> broken = new TreeMap<>();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (ConfigurableApplicationContext second = SecondInstance.of(environment)) {
      List<ApplicationContext> instances = List.of(first, second);
      for (int round = 0; round < rounds; round++) {
        // a bill run bills its whole community: each community has one race with a bill run
        List<Op[]> withRun = pairs.stream().filter(p -> p[1] == Op.BILL_RUN).toList();
        List<Op[]> others = new ArrayList<>(pairs.stream().filter(p -> p[1] != Op.BILL_RUN).toList());
        java.util.Collections.shuffle(others, random);
        for (int group = 0; group < withRun.size(); group++) {
          List<Op[]> races = new ArrayList<>();
          races.add(withRun.get(group));
          races.addAll(others.subList(group * others.size() / withRun.size(),
              (group + 1) * others.size() / withRun.size()));
          List<Unit> units = setUp(races);
          for (int i = 0; i < races.size(); i++) {
            Op[] pair = races.get(i);
            Unit unit = units.get(i);
            List<String> results = race(pair, unit, instances, pool, random, round);
            List<String> violations = check(unit, pair, results);
            if (!violations.isEmpty()) {
              broken.computeIfAbsent(pair[0] + " × " + pair[1], k -> new ArrayList<>())
                  .add("round " + round + " " + results + ": " + violations);
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    System.out.printf("MoneyRacesCheck on %s: %d pairs × %d rounds in %d s, seed %d%n", database, pairs.size(),
        rounds, seconds, seed);
    StringBuilder report = new StringBuilder();
    broken.forEach((pair, failures) -> report.append("\n").append(pair).append(": ").append(failures.size())
        .append(" of ").append(rounds).append(" rounds broken, e.g. ").append(failures.get(0)));
    assertThat(broken).as("seed %d, races that broke the ledger:%s", seed, report).isEmpty();
  }

  /** Both operations at once, each from its own instance, a few random milliseconds apart. */
  private List<String> race(Op[] pair, Unit unit, List<ApplicationContext> instances, ExecutorService pool,
      Random random, int round) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(2);
    boolean bigPayment = random.nextBoolean();
    List<Future<String>> outcomes = new ArrayList<>();
    for (int side = 0; side < 2; side++) {
      Op op = pair[side];
      ApplicationContext instance = instances.get((side + round) % 2);
      long offset = random.nextInt(4_000_000);
      outcomes.add(pool.submit(() -> {
        barrier.await(10, TimeUnit.SECONDS);
        LockSupport.parkNanos(offset);
        return attempt(op, instance, unit, bigPayment);
      }));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  /** "ok", "refused <code>", or "FAILED <exception>" (a failure of the race). */
  private String attempt(Op op, ApplicationContext instance, Unit u, boolean bigPayment) {
    try {
      switch (op) {
        case PAY -> instance.getBean(RecordPayment.class).record(cash(u, bigPayment ? "3000.00" : "100.00"));
        case DEMO_DESK_PAY -> instance.getBean(DemoPaymentDesk.class)
            .record(instance.getBean(MutableClock.class), cash(u, "150.00"));
        case REVERSE -> instance.getBean(ReversePayment.class).reverse(u.p0(), "支票退票", manager.id());
        case VOID -> instance.getBean(VoidBill.class).voidBill(u.april(), "录入错误");
        case REISSUE -> instance.getBean(VoidBill.class).reissue(u.mayVoided());
        case APPROVE -> instance.getBean(DecideAdjustment.class).approve(u.r2(), manager.id());
        case COUNTER -> instance.getBean(DecideAdjustment.class).counter(u.a1(), "减免依据不成立", manager.id());
        case POST_LATE_FEE -> instance.getBean(PostLateFee.class).post(u.march(), Viewer.everything(clerk.id()));
        case BILL_RUN -> instance.getBean(RunBilling.class).run(u.communityId(), List.of(u.itemId()), "2026-06",
            null);
        default -> throw new IllegalArgumentException(op.name());
      }
      return "ok";
    } catch (DomainException refused) {
      return "refused " + refused.code();
    } catch (RuntimeException e) {
      return "FAILED " + e;
    }
  }

  /** A payment received today that ticks April (the bill the void wants). */
  private RecordPaymentCommand cash(Unit u, String amount) {
    return new RecordPaymentCommand(u.unitId(), new BigDecimal(amount), PaymentMethod.CASH, "业主", null, TODAY,
        List.of(u.april()), UUID.randomUUID().toString(), Viewer.everything(clerk.id()));
  }

  /**
   * A community of one unit per race, each in the starting state of {@link Unit} as far as its race
   * needs it (the bills always; the payment, the adjustments and the void for the operations that
   * need them), which keeps the set-up within the time budget.
   */
  private List<Unit> setUp(List<Op[]> races) {
    int count = races.size();
    String code = "R" + letters(communities++);
    Community community = first.getBean(SaveCommunity.class).create(new CommunityDetails("竞态小区" + code, code,
        null, 1, "", "", null, null, null, 15));
    Building building = first.getBean(SaveBuilding.class).create(community.id(), "1栋", null);
    List<Long> unitIds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      unitIds.add(first.getBean(AddUnit.class).add(building.id(), "10" + i, 1, Area.of("88.50"),
          UnitUse.RESIDENTIAL, Occupancy.OCCUPIED).id());
    }
    ManageFeeItems items = first.getBean(ManageFeeItems.class);
    FeeItem item = items.create(community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15, true, false);
    items.addRate(item.id(), UnitUse.RESIDENTIAL, LocalDate.of(2024, 1, 1), new BigDecimal("2.80"));
    first.getBean(ManageLateFeePolicy.class).save(community.id(), true, new BigDecimal("0.05"), 0,
        new BigDecimal("20"), manager.id());
    RunBilling runBilling = first.getBean(RunBilling.class);
    for (String month : List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05")) {
      runBilling.run(community.id(), List.of(item.id()), month, null);
    }
    Viewer viewer = Viewer.everything(clerk.id());
    RequestAdjustment request = first.getBean(RequestAdjustment.class);
    DecideAdjustment decide = first.getBean(DecideAdjustment.class);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long unitId = unitIds.get(i);
      List<Op> ops = List.of(races.get(i));
      List<Bill> bills = first.getBean(Bills.class).ofUnit(unitId).stream()
          .sorted(Comparator.comparing(Bill::dueDate)).toList();
      long p0 = 0;
      if (ops.contains(Op.REVERSE)) {
        p0 = first.getBean(RecordPayment.class).record(new RecordPaymentCommand(unitId, new BigDecimal("247.80"),
            PaymentMethod.CASH, "业主", null, LocalDate.of(2026, 1, 20), List.of(bills.get(0).id()),
            UUID.randomUUID().toString(), viewer)).id();
      }
      long a1 = 0;
      if (ops.contains(Op.COUNTER)) {
        a1 = request.request(bills.get(1).id(), AdjustmentKind.WAIVER, new BigDecimal("50.00"), "停水减免", viewer).id();
        decide.approve(a1, manager.id());
      }
      long r2 = 0;
      if (ops.contains(Op.APPROVE)) {
        r2 = request.request(bills.get(2).id(), AdjustmentKind.WAIVER, new BigDecimal("30.00"), "电梯停运", viewer).id();
      }
      if (ops.contains(Op.REISSUE)) {
        first.getBean(VoidBill.class).voidBill(bills.get(4).id(), "面积录错");
      }
      units.add(new Unit(community.id(), building.id(), unitId, item.id(), bills.get(2).id(), bills.get(3).id(),
          bills.get(4).id(), p0, a1, r2));
    }
    return units;
  }

  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append((char) ('A' + n % 26));
      n /= 26;
    }
    return s.toString();
  }

  /** The ledger invariants of the unit after the race; what is broken, or nothing. */
  private List<String> check(Unit u, Op[] pair, List<String> results) {
    List<String> broken = new ArrayList<>();
    for (String result : results) {
      if (result.startsWith("FAILED")) {
        broken.add(result);
      }
    }
    if (pair[0] == pair[1] && ONCE.contains(pair[0]) && results.stream().filter("ok"::equals).count() != 1) {
      broken.add(pair[0] + " twice on one target: exactly one must win");
    }
    long id = u.unitId();
    ids(broken, "paid differs from the live allocations on bills", """
        SELECT b.id FROM bill b WHERE b.unit_id = ? AND b.paid <> (SELECT COALESCE(SUM(a.amount), 0)
          FROM allocation a WHERE a.bill_id = b.id AND a.reversed_on IS NULL)""", id);
    ids(broken, "adjusted differs from the approved adjustments on bills", """
        SELECT b.id FROM bill b WHERE b.unit_id = ? AND b.adjusted <> (SELECT COALESCE(SUM(j.amount), 0)
          FROM adjustment j WHERE j.bill_id = b.id AND j.status = 'APPROVED')""", id);
    ids(broken, "money on voided bills", """
        SELECT b.id FROM bill b WHERE b.unit_id = ? AND b.status = 'VOIDED' AND (b.paid <> 0 OR b.adjusted <> 0
          OR EXISTS (SELECT 1 FROM allocation a WHERE a.bill_id = b.id)
          OR EXISTS (SELECT 1 FROM adjustment j WHERE j.bill_id = b.id AND j.status IN ('APPROVED', 'COUNTERED')))""",
        id);
    ids(broken, "credit and open bills at once (credit lots)", """
        SELECT l.id FROM credit_lot l WHERE l.unit_id = ? AND l.remaining > 0 AND EXISTS (SELECT 1 FROM bill b
          WHERE b.unit_id = l.unit_id AND b.status = 'ISSUED' AND b.amount - b.paid - b.adjusted > 0)""", id);
    ids(broken, "payments whose money is not on bills or credit", """
        SELECT p.id FROM payment p WHERE p.unit_id = ? AND
          CASE WHEN p.status = 'VALID' THEN p.amount ELSE 0 END
          <> (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a WHERE a.payment_id = p.id AND a.reversed_on IS NULL)
           + (SELECT COALESCE(SUM(l.remaining), 0) FROM credit_lot l WHERE l.payment_id = p.id)""", id);
    ids(broken, "fee items with two live bills of one period", """
        SELECT MIN(id) FROM bill WHERE unit_id = ? AND status = 'ISSUED' GROUP BY fee_item_id, period
        HAVING COUNT(*) > 1""", id);
    ids(broken, "bills whose money effects do not sum to their state", """
        SELECT b.id FROM bill b WHERE b.unit_id = ? AND (
          (SELECT COALESCE(SUM(e.receivable), 0) FROM money_effect e WHERE e.bill_id = b.id)
            <> CASE WHEN b.status = 'ISSUED' THEN b.amount - b.adjusted ELSE 0 END
          OR (SELECT COALESCE(SUM(e.collected), 0) FROM money_effect e WHERE e.bill_id = b.id) <> b.paid)""", id);
    EffectLedger ledger = first.getBean(EffectLedger.class);
    TreeSet<LocalDate> days = new TreeSet<>(List.of(TODAY, TODAY.plusDays(40)));
    for (Date day : jdbc.queryForList("SELECT DISTINCT business_date FROM money_effect WHERE unit_id = ?", Date.class,
        id)) {
      days.add(day.toLocalDate());
      days.add(day.toLocalDate().minusDays(1));
    }
    for (LocalDate day : days) {
      var totals = ledger.asOf(u.buildingId(), 2026, day);
      BigDecimal receivable = Recomputed.receivable(jdbc, u.buildingId(), 2026, day);
      BigDecimal collected = Recomputed.collected(jdbc, u.buildingId(), 2026, day);
      if (totals.receivable().amount().compareTo(receivable) != 0
          || totals.collected().amount().compareTo(collected) != 0) {
        broken.add("rollups " + totals + " differ from the recomputation (" + receivable + ", " + collected
            + ") as of " + day);
      }
    }
    return broken;
  }

  private void ids(List<String> broken, String what, String sql, long unitId) {
    List<Long> found = jdbc.queryForList(sql, Long.class, unitId);
    if (!found.isEmpty()) {
      broken.add(what + " " + found);
    }
  }
}
