package com.collection.persistence.billing;

import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;

/**
 * A community of its own (unique code, so tests sharing a schema never meet) with two buildings,
 * a few flats, a shop, a vacant flat and a parking space, a monthly service fee (residential 2.80,
 * commercial 4.50 per m²) and a monthly parking fee (80).
 */
final class BillingFixture {

  final Community community;
  final Building first;
  final Building second;
  final List<Unit> units = new ArrayList<>();
  final FeeItem serviceFee;
  final FeeItem parkingFee;

  BillingFixture(ApplicationContext context) {
    String code = "B" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
        + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
        + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    community = context.getBean(SaveCommunity.class).create(new CommunityDetails("账单小区" + code, code,
        null, 1, "", "", null, null, null, 15));
    SaveBuilding buildings = context.getBean(SaveBuilding.class);
    first = buildings.create(community.id(), "1栋", null);
    second = buildings.create(community.id(), "2栋", null);
    AddUnit addUnit = context.getBean(AddUnit.class);
    units.add(addUnit.add(first.id(), "101", 1, Area.of("88.50"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED));
    units.add(addUnit.add(first.id(), "102", 1, Area.of("120.33"), UnitUse.RESIDENTIAL, Occupancy.VACANT));
    units.add(addUnit.add(first.id(), "S1", 1, Area.of("45.25"), UnitUse.COMMERCIAL, Occupancy.OCCUPIED));
    units.add(addUnit.add(second.id(), "201", 2, Area.of("99.99"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED));
    units.add(addUnit.add(second.id(), "202", 2, Area.of("60.00"), UnitUse.RESIDENTIAL, Occupancy.UNSOLD));
    units.add(addUnit.add(second.id(), "P1", -1, Area.of("13.00"), UnitUse.PARKING, Occupancy.OCCUPIED));
    ManageFeeItems items = context.getBean(ManageFeeItems.class);
    FeeItem service = items.create(community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15, true, false);
    LocalDate from = LocalDate.of(2024, 1, 1);
    items.addRate(service.id(), UnitUse.RESIDENTIAL, from, new BigDecimal("2.80"));
    items.addRate(service.id(), UnitUse.COMMERCIAL, from, new BigDecimal("4.50"));
    FeeItem parking = items.create(community.id(), "车位管理费", FeeKind.FIXED, BillingCycle.MONTHLY, 10, false, false);
    items.addRate(parking.id(), UnitUse.PARKING, from, new BigDecimal("80"));
    serviceFee = items.byId(service.id());
    parkingFee = items.byId(parking.id());
  }

  List<Long> itemIds() {
    return List.of(serviceFee.id(), parkingFee.id());
  }
}
