package com.collection.core.rates;

import com.collection.core.shared.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week ("2026-W49") or a month ("2026-12"): its first and last day. */
public record BoardPeriod(PeriodKind kind, LocalDate start, LocalDate end) {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /** Parses a period's key; refused with a message on the field "period". */
  public static BoardPeriod parse(String text) {
    String value = text == null ? "" : text.strip();
    Matcher week = WEEK.matcher(value);
    if (week.matches()) {
      int year = Integer.parseInt(week.group(1));
      int number = Integer.parseInt(week.group(2));
      if (year < 1900) {
        throw DomainException.onField("period", "rates.period.format");
      }
      LocalDate mid = LocalDate.of(year, 6, 30);
      long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum();
      if (number < 1 || number > weeks) {
        throw DomainException.onField("period", "rates.period.week", year, weeks);
      }
      return week(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number));
    }
    Matcher month = MONTH.matcher(value);
    if (month.matches()) {
      int year = Integer.parseInt(month.group(1));
      int number = Integer.parseInt(month.group(2));
      if (year < 1900) {
        throw DomainException.onField("period", "rates.period.format");
      }
      if (number < 1 || number > 12) {
        throw DomainException.onField("period", "rates.period.month");
      }
      return month(YearMonth.of(year, number));
    }
    throw DomainException.onField("period", "rates.period.format");
  }

  public static BoardPeriod containing(PeriodKind kind, LocalDate day) {
    return kind == PeriodKind.WEEK ? week(day) : month(YearMonth.from(day));
  }

  private static BoardPeriod week(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new BoardPeriod(PeriodKind.WEEK, monday, monday.plusDays(6));
  }

  private static BoardPeriod month(YearMonth month) {
    return new BoardPeriod(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  public String key() {
    if (kind == PeriodKind.MONTH) {
      return YearMonth.from(start).toString();
    }
    return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public BoardPeriod previous() {
    return containing(kind, start.minusDays(1));
  }

  public BoardPeriod next() {
    return containing(kind, end.plusDays(1));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** The day the figures are taken: the period's last day, or today while it runs. */
  public LocalDate lastDay(LocalDate today) {
    return contains(today) ? today : end;
  }
}
