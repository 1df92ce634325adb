package com.collection.core.billing;

import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitUse;
import com.collection.core.shared.DomainException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A fee item of a community (收费项目): how it is computed, how often, when due, whom it bills. */
public record FeeItem(Long id, long communityId, String name, FeeKind kind, BillingCycle cycle,
    int dueDay, boolean billsVacant, boolean billsUnsold, List<FeeRate> rates) {

  public FeeItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cycle, "cycle");
    rates = List.copyOf(rates);
  }

  public static FeeItem create(long communityId, String name, FeeKind kind, BillingCycle cycle,
      int dueDay, boolean billsVacant, boolean billsUnsold) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw DomainException.onField("name", "validation.required");
    }
    if (clean.length() > 50) {
      throw DomainException.onField("name", "validation.tooLong", 50);
    }
    if (dueDay < 1 || dueDay > 28) {
      throw DomainException.onField("dueDay", "feeItem.dueDay.range");
    }
    return new FeeItem(null, communityId, clean, kind, cycle, dueDay, billsVacant, billsUnsold, List.of());
  }

  /** The rate for a use in force on a day: the latest one that took effect on or before it. */
  public Optional<FeeRate> rateOn(UnitUse use, LocalDate day) {
    return rates.stream()
        .filter(r -> r.use() == use && !r.effectiveFrom().isAfter(day))
        .max(Comparator.comparing(FeeRate::effectiveFrom));
  }

  /** Why a unit of this occupancy is not billed by this item, if it isn't. */
  public Optional<SkipReason> skipsOccupancy(Occupancy occupancy) {
    if (occupancy == Occupancy.VACANT && !billsVacant) {
      return Optional.of(SkipReason.VACANT);
    }
    if (occupancy == Occupancy.UNSOLD && !billsUnsold) {
      return Optional.of(SkipReason.UNSOLD);
    }
    return Optional.empty();
  }

  public FeeItem withRates(List<FeeRate> newRates) {
    return new FeeItem(id, communityId, name, kind, cycle, dueDay, billsVacant, billsUnsold, newRates);
  }
}
