package com.collection.core.demo;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.CollectionAttempt;
import com.collection.core.arrears.DailyCaseSteps;
import com.collection.core.arrears.LogAttemptCommand;
import com.collection.core.arrears.Reached;
import com.collection.core.arrears.WorklistFilter;
import com.collection.core.arrears.WorklistRow;
import com.collection.core.arrears.Worklists;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMember;
import com.collection.core.staff.StaffMembers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The demo's last six weeks of collection work, day by day through the real use cases: the daily
 * job opens the cases the ledger makes due and judges the promises, and each demo staff member works
 * part of their list on each open day (so some cases break the round rules), mostly inside the
 * contact windows, now and then on an evening visit. Each owner answers in character (seeded by the
 * unit): some promise a date and pay on it, some promise and don't, some can't say or can't be
 * reached, a few are away, a few refuse over a service complaint.
 */
@Service
public class DemoCases {

  static final int DAYS_BACK = 42;
  private static final int PER_STAFF_PER_DAY = 7;
  private static final String[][] COMPLAINTS = {
      {"楼上漏水一直没修好", "漏水的事解决了我马上交。"},
      {"电梯经常停运", "电梯三天两头坏，凭什么交全额？"},
      {"楼道保洁不到位", "楼道一个月没人扫，服务这么差不交。"},
      {"车位经常被外来车辆占用", "我的车位天天被占，你们也不管。"},
      {"外墙开裂（开发商遗留问题）", "墙裂了找开发商也没人管，先解决再说。"},
      {"夜间施工噪音", "晚上施工吵得没法睡，物业不制止。"}};
  private static final String[] SAID_UNSURE = {"业主说最近手头紧，过段时间再说", "家属接听，说会转告业主",
      "业主说要和家人商量一下", "业主在开会，说晚点回电"};
  private static final String[] SAID_AWAY = {"业主在外地工作，年底才回来", "业主出差在国外，已发送银行账户信息",
      "业主长期在深圳，同意转账付款"};

  private final DailyCaseSteps steps;
  private final Worklists worklists;
  private final DemoCaseDesk desk;
  private final DemoPaymentDesk payments;
  private final StaffMembers staff;
  private final Clock clock;

  public DemoCases(DailyCaseSteps steps, Worklists worklists, DemoCaseDesk desk, DemoPaymentDesk payments,
      StaffMembers staff, Clock clock) {
    this.steps = steps;
    this.worklists = worklists;
    this.desk = desk;
    this.payments = payments;
    this.staff = staff;
    this.clock = clock;
  }

  /** A promised payment the demo will make on its day. */
  private record Promised(long unitId, long collector, java.math.BigDecimal amount) {
  }

  /** Returns how many attempts were logged. */
  public int workLastWeeks(long seed) {
    LocalDate today = LocalDate.now(clock);
    ZoneId zone = clock.getZone();
    List<StaffMember> workers = new ArrayList<>();
    for (String username : List.of("staff1", "staff2", "staff3")) {
      staff.byUsername(username).ifPresent(workers::add);
    }
    Random random = new Random(seed * 17 + 5);
    Map<LocalDate, List<Promised>> toPay = new TreeMap<>();
    int logged = 0;
    for (LocalDate day = today.minusDays(DAYS_BACK); day.isBefore(today); day = day.plusDays(1)) {
      steps.run(day, Clock.fixed(day.atTime(0, 5).atZone(zone).toInstant(), zone), false);
      for (Promised kept : toPay.getOrDefault(day, List.of())) {
        LocalDate paidOn = day;
        payments.record(Clock.fixed(day.atTime(16, 20).atZone(zone).toInstant(), zone),
            new RecordPaymentCommand(kept.unitId(), kept.amount(), PaymentMethod.CASH, "业主", null, paidOn,
                List.of(), "demo-promise-" + kept.unitId() + "-" + paidOn, Viewer.everything(kept.collector())));
      }
      if (!DemoCalendar.isOpen(day)) {
        continue;
      }
      for (StaffMember worker : workers) {
        List<WorklistRow> due = worklists.dueFor(worker.id(), day, WorklistFilter.ALL,
            new PageRequest(0, PER_STAFF_PER_DAY + random.nextInt(5))).items();
        LocalTime time = LocalTime.of(9, 35).plusMinutes(random.nextInt(20));
        for (WorklistRow row : due) {
          time = time.plusMinutes(6 + random.nextInt(14));
          if (time.isAfter(LocalTime.of(11, 55)) && time.isBefore(LocalTime.of(15, 0))) {
            time = LocalTime.of(15, 5 + random.nextInt(20));
          }
          LocalTime at = random.nextInt(12) == 0 ? LocalTime.of(19, 10 + random.nextInt(40)) : time;
          if (at.isAfter(LocalTime.of(20, 30))) {
            break;
          }
          CollectionAttempt attempt = attempt(worker, row, day, at, today, random, zone);
          logged++;
          if (attempt.outcome() == CaseCategory.PAY_SOON && keepsPromises(row.unitId())
              && attempt.promisedDate().isBefore(today)) {
            toPay.computeIfAbsent(attempt.promisedDate(), d -> new ArrayList<>())
                .add(new Promised(row.unitId(), worker.id(), row.owed().amount()));
          }
        }
      }
    }
    return logged;
  }

  private CollectionAttempt attempt(StaffMember worker, WorklistRow row, LocalDate day, LocalTime at, LocalDate today,
      Random random, ZoneId zone) {
    int character = character(row.unitId());
    boolean evening = at.getHour() >= 19;
    Channel channel = evening ? Channel.VISIT : pick(random, Channel.PHONE, Channel.PHONE, Channel.PHONE,
        Channel.VISIT, Channel.WECHAT);
    boolean reminder = row.category() == CaseCategory.PAY_SOON && row.promisedDate() != null;
    Reached reached = reminder ? Reached.OWNER
        : character < 10 || random.nextInt(6) == 0 ? Reached.NOBODY
        : random.nextInt(5) == 0 ? Reached.FAMILY_MEMBER : Reached.OWNER;
    CaseCategory outcome;
    LocalDate promised = null;
    String[] complaint = null;
    String said;
    if (reached == Reached.NOBODY) {
      outcome = CaseCategory.UNCONFIRMED;
      said = channel == Channel.VISIT ? "上门无人应答，门口张贴了缴费提醒" : "电话无人接听";
    } else if (reminder) {
      // the reminder the day before: the owner confirms the date
      outcome = CaseCategory.PAY_SOON;
      promised = row.promisedDate();
      said = "提醒业主明天交费，业主确认";
    } else if (character < 50) {
      outcome = CaseCategory.PAY_SOON;
      // the office is closed on Sundays: an owner who will come to pay names another day
      promised = DemoCalendar.openOnOrAfter(day.plusDays(2 + random.nextInt(9)));
      said = "业主答应" + promised.getMonthValue() + "月" + promised.getDayOfMonth() + "日来物业中心交费";
    } else if (character < 70) {
      outcome = CaseCategory.UNCONFIRMED;
      said = SAID_UNSURE[random.nextInt(SAID_UNSURE.length)];
    } else if (character < 82) {
      outcome = CaseCategory.AWAY_ON_BUSINESS;
      said = SAID_AWAY[random.nextInt(SAID_AWAY.length)];
    } else {
      outcome = CaseCategory.REFUSING;
      complaint = COMPLAINTS[character % COMPLAINTS.length];
      said = "业主拒绝交费：" + complaint[0];
    }
    if (promised != null && promised.isAfter(today.plusDays(30))) {
      promised = today.plusDays(30);
    }
    return desk.log(Clock.fixed(day.atTime(at).atZone(zone).toInstant(), zone),
        new LogAttemptCommand(row.caseId(), Viewer.ownBuildings(worker.id()), channel, reached, said,
            LocalDateTime.of(day, at), outcome, promised, complaint == null ? null : complaint[0],
            complaint == null ? null : complaint[1], null));
  }

  /** An owner's character, the same on every run: 0–9 can't be reached, … 82–99 refuse. */
  private static int character(long unitId) {
    return (int) Math.floorMod(unitId * 2654435761L >>> 7, 100);
  }

  /** Two promisers in three pay on the promised day. */
  private static boolean keepsPromises(long unitId) {
    return Math.floorMod(unitId * 40503L >>> 3, 3) != 0;
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
