package com.collection.core.demo;

import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.BillingPeriod;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.estate.UnitUse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Service;

/**
 * Gives the demo company the fee items of a real estate (service fee ¥2.80/m²/month residential,
 * ¥4.50 commercial; parking ¥80/month) and runs its bills for the last 12 months, through the same
 * use cases a manager uses: the first community bills monthly, the others quarterly (both are
 * common). Not one transaction: each bill run commits batch by batch.
 */
@Service
public class BillDemoCompany {

  public static final int MONTHS = 12;

  private final Communities communities;
  private final ManageFeeItems feeItems;
  private final RunBilling runBilling;
  private final Clock clock;

  public BillDemoCompany(Communities communities, ManageFeeItems feeItems, RunBilling runBilling, Clock clock) {
    this.communities = communities;
    this.feeItems = feeItems;
    this.runBilling = runBilling;
    this.clock = clock;
  }

  /** Returns the number of bills written. */
  public long billLastYear() {
    YearMonth thisMonth = YearMonth.now(clock);
    LocalDate ratesFrom = thisMonth.minusMonths(MONTHS + 12L).atDay(1);
    List<Community> all = communities.all().stream().sorted(Comparator.comparing(Community::id)).toList();
    List<Callable<Long>> runs = new ArrayList<>();
    for (Community community : all) {
      if (!feeItems.ofCommunity(community.id()).isEmpty()) {
        continue;
      }
      BillingCycle cycle = community.equals(all.get(0)) ? BillingCycle.MONTHLY : BillingCycle.QUARTERLY;
      FeeItem service = feeItems.create(community.id(), "物业服务费", FeeKind.PER_AREA, cycle,
          15, true, false);
      feeItems.addRate(service.id(), UnitUse.RESIDENTIAL, ratesFrom, new BigDecimal("2.80"));
      feeItems.addRate(service.id(), UnitUse.COMMERCIAL, ratesFrom, new BigDecimal("4.50"));
      FeeItem parking = feeItems.create(community.id(), "车位管理费", FeeKind.FIXED, cycle,
          15, false, false);
      feeItems.addRate(parking.id(), UnitUse.PARKING, ratesFrom, new BigDecimal("80"));
      BillingPeriod first = BillingPeriod.containing(thisMonth.minusMonths(MONTHS - 1L).atDay(1), cycle);
      runs.add(() -> {
        long written = 0;
        for (BillingPeriod period = first; !period.firstMonth().isAfter(thisMonth); period = period.next()) {
          written += runBilling.run(community.id(), List.of(service.id(), parking.id()), period.key(), null)
              .billsWritten();
        }
        return written;
      });
    }
    return SideBySide.sum(runs);
  }
}
