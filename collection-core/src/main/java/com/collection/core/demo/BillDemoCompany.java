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
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Gives the demo company the fee items of a real estate (service fee ¥2.80/m²/month residential,
 * ¥4.50 commercial; parking ¥80/month) and runs its bills for the last 12 months, through the same
 * use cases a manager uses. Not one transaction: each bill run commits batch by batch.
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
    long bills = 0;
    for (Community community : communities.all()) {
      if (!feeItems.ofCommunity(community.id()).isEmpty()) {
        continue;
      }
      FeeItem service = feeItems.create(community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY,
          15, true, false);
      feeItems.addRate(service.id(), UnitUse.RESIDENTIAL, ratesFrom, new BigDecimal("2.80"));
      feeItems.addRate(service.id(), UnitUse.COMMERCIAL, ratesFrom, new BigDecimal("4.50"));
      FeeItem parking = feeItems.create(community.id(), "车位管理费", FeeKind.FIXED, BillingCycle.MONTHLY,
          15, false, false);
      feeItems.addRate(parking.id(), UnitUse.PARKING, ratesFrom, new BigDecimal("80"));
      for (int back = MONTHS - 1; back >= 0; back--) {
        YearMonth month = thisMonth.minusMonths(back);
        bills += runBilling.run(community.id(), List.of(service.id(), parking.id()),
            BillingPeriod.month(month.getYear(), month.getMonthValue()).key(), null).billsWritten();
      }
    }
    return bills;
  }
}
