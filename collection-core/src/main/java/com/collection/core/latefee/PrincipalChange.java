package com.collection.core.latefee;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that lowers a bill's principal outstanding for a span of days: an allocation (counts
 * from its {@code counts_from}, stops from its reversal's date on) or an approved adjustment
 * (counts from the day it was decided, stops from its counter-entry's date on). {@code until} is
 * the first day it no longer counts, or null while it still does: as of day d it counts when
 * {@code from <= d} and ({@code until} is null or {@code until > d}).
 */
public record PrincipalChange(long billId, Money amount, LocalDate from, LocalDate until) {

  public PrincipalChange {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(from, "from");
  }

  public boolean countsOn(LocalDate day) {
    return !from.isAfter(day) && (until == null || until.isAfter(day));
  }
}
