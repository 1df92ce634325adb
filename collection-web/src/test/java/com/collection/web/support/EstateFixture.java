package com.collection.web.support;

import com.collection.core.estate.AddUnit;
import com.collection.core.estate.Area;
import com.collection.core.estate.Building;
import com.collection.core.estate.Community;
import com.collection.core.estate.CommunityDetails;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.Owner;
import com.collection.core.estate.Owners;
import com.collection.core.estate.Ownership;
import com.collection.core.estate.SaveBuilding;
import com.collection.core.estate.SaveCommunity;
import com.collection.core.estate.Unit;
import com.collection.core.estate.UnitUse;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.security.StaffPrincipal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A small estate made through the real use cases, with names unique to this fixture so that test
 * classes sharing one database never collide: one community, buildings A and B, staff member A
 * responsible for A, staff member B for B, a manager, one owned unit in each building.
 */
public final class EstateFixture {

  public static final String PASSWORD = "fixture-pass-1";

  public final String suffix;
  public final Community community;
  public final Building buildingA;
  public final Building buildingB;
  public final StaffMember staffA;
  public final StaffMember staffB;
  public final StaffMember manager;
  public final Unit unitA;
  public final Unit unitB;
  public final Owner ownerA;
  public final Owner ownerB;

  public EstateFixture(ApplicationContext context) {
    suffix = randomLetters(5);
    ManageStaff manageStaff = context.getBean(ManageStaff.class);
    SaveBuilding saveBuilding = context.getBean(SaveBuilding.class);
    AddUnit addUnit = context.getBean(AddUnit.class);
    Owners owners = context.getBean(Owners.class);
    community = context.getBean(SaveCommunity.class).create(new CommunityDetails("测试小区" + suffix,
        "T" + suffix, "测试路 1 号", 1, "09:30-12:00,15:00-18:00", "10:30-12:00", null, null, null, 15));
    staffA = manageStaff.create("a." + suffix.toLowerCase(), "甲" + suffix, Role.STAFF, PASSWORD);
    staffB = manageStaff.create("b." + suffix.toLowerCase(), "乙" + suffix, Role.STAFF, PASSWORD);
    manager = manageStaff.create("m." + suffix.toLowerCase(), "经理" + suffix, Role.MANAGER, PASSWORD);
    buildingA = saveBuilding.create(community.id(), "A栋", staffA.id());
    buildingB = saveBuilding.create(community.id(), "B栋", staffB.id());
    unitA = addUnit.add(buildingA.id(), "101", 1, Area.of("88.50"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    unitB = addUnit.add(buildingB.id(), "201", 2, Area.of("120.00"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED);
    ownerA = owners.save(Owner.create("王甲" + suffix, "1001" + digits(7), null, "晚上", false, null));
    ownerB = owners.save(Owner.create("李乙" + suffix, "1002" + digits(7), null, null, true, null));
    owners.saveOwnership(Ownership.from(unitA.id(), LocalDate.of(2020, 1, 1), java.util.List.of(ownerA.id())));
    owners.saveOwnership(Ownership.from(unitB.id(), LocalDate.of(2021, 1, 1), java.util.List.of(ownerB.id())));
  }

  /**
   * A monthly service fee (residential ¥2.80/m² from 2024, due on the 15th) billed for these periods:
   * unit A owes 247.80 a month, unit B 336.00.
   */
  public void billServiceFee(ApplicationContext context, String... periods) {
    com.collection.core.billing.ManageFeeItems feeItems = context.getBean(com.collection.core.billing.ManageFeeItems.class);
    com.collection.core.billing.FeeItem item = feeItems.create(community.id(), "物业服务费",
        com.collection.core.billing.FeeKind.PER_AREA, com.collection.core.billing.BillingCycle.MONTHLY, 15, true, false);
    feeItems.addRate(item.id(), UnitUse.RESIDENTIAL, LocalDate.of(2024, 1, 1), new java.math.BigDecimal("2.80"));
    for (String period : periods) {
      context.getBean(com.collection.core.billing.RunBilling.class).run(community.id(), java.util.List.of(item.id()),
          period, null);
    }
  }

  /** A signed-in principal for MockMvc's {@code user(...)}, past the first-password step. */
  public static UserDetails principal(StaffMember member) {
    return new StaffPrincipal(member.id(), member.username(), member.passwordHash(),
        member.displayName(), member.role().name(), true, false);
  }

  private static String randomLetters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }

  private static String digits(int length) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < length; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
