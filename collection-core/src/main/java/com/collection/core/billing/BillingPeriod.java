package com.collection.core.billing;

import com.collection.core.shared.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a bill covers: a month ({@code 2026-05}), a calendar quarter ({@code 2026-Q2}) or a
 * year ({@code 2026}). Its text form is the period key stored with each bill.
 */
public record BillingPeriod(YearMonth firstMonth, BillingCycle cycle) implements Comparable<BillingPeriod> {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public BillingPeriod {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(cycle, "cycle");
    boolean aligned = switch (cycle) {
      case MONTHLY -> true;
      case QUARTERLY -> (firstMonth.getMonthValue() - 1) % 3 == 0;
      case YEARLY -> firstMonth.getMonthValue() == 1;
    };
    if (!aligned || firstMonth.getYear() < 2000 || firstMonth.getYear() > 2099) {
      throw DomainException.onField("period", "billing.period.format");
    }
  }

  public static BillingPeriod month(int year, int month) {
    return new BillingPeriod(YearMonth.of(year, month), BillingCycle.MONTHLY);
  }

  /** The period of this cycle that contains the day (a quarter starts in January, April, July or October). */
  public static BillingPeriod containing(LocalDate day, BillingCycle cycle) {
    YearMonth month = YearMonth.from(day);
    return switch (cycle) {
      case MONTHLY -> new BillingPeriod(month, cycle);
      case QUARTERLY -> new BillingPeriod(month.minusMonths((month.getMonthValue() - 1) % 3), cycle);
      case YEARLY -> new BillingPeriod(YearMonth.of(day.getYear(), 1), cycle);
    };
  }

  /** Parses what a manager types: 2026-05, 2026-Q2 or 2026. */
  public static BillingPeriod parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      Matcher m = MONTH.matcher(value);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        if (month >= 1 && month <= 12) {
          return new BillingPeriod(YearMonth.of(Integer.parseInt(m.group(1)), month), BillingCycle.MONTHLY);
        }
      }
      m = QUARTER.matcher(value);
      if (m.matches()) {
        int quarter = Integer.parseInt(m.group(2));
        return new BillingPeriod(YearMonth.of(Integer.parseInt(m.group(1)), quarter * 3 - 2), BillingCycle.QUARTERLY);
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        return new BillingPeriod(YearMonth.of(Integer.parseInt(m.group(1)), 1), BillingCycle.YEARLY);
      }
    } catch (java.time.DateTimeException e) {
      // falls through to the format message
    }
    throw DomainException.onField("period", "billing.period.format");
  }

  public int months() {
    return cycle.months();
  }

  public LocalDate firstDay() {
    return firstMonth.atDay(1);
  }

  public LocalDate lastDay() {
    return firstMonth.plusMonths(cycle.months() - 1L).atEndOfMonth();
  }

  /** The date a bill of this period is due: the due day of its first month. */
  public LocalDate dueDate(int dueDay) {
    return firstMonth.atDay(Math.min(dueDay, firstMonth.lengthOfMonth()));
  }

  public BillingPeriod next() {
    return new BillingPeriod(firstMonth.plusMonths(cycle.months()), cycle);
  }

  /** The stored key: 2026-05, 2026-Q2 or 2026. */
  public String key() {
    return switch (cycle) {
      case MONTHLY -> firstMonth.toString();
      case QUARTERLY -> firstMonth.getYear() + "-Q" + ((firstMonth.getMonthValue() + 2) / 3);
      case YEARLY -> String.valueOf(firstMonth.getYear());
    };
  }

  @Override
  public int compareTo(BillingPeriod other) {
    return firstMonth.compareTo(other.firstMonth);
  }

  @Override
  public String toString() {
    return key();
  }
}
