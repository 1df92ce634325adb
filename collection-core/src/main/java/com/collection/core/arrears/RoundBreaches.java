package com.collection.core.arrears;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The round-rule breaches managers see (DOMAIN.md): a case open for 5 whole days without a
 * counting attempt, or open for a whole ISO week with fewer than 2. Cases exempt from the round
 * rules (a pay-soon case up to its promised date) are in breach of neither.
 */
public final class RoundBreaches {

  private RoundBreaches() {
  }

  /**
   * Five whole days without a counting attempt, on {@code today}: the days after the last counting
   * attempt (or from the day the case opened, that day included) up to yesterday number 5 or more.
   */
  public static boolean fiveDays(CaseFacts facts, LocalDate today) {
    if (facts.exemptFromRounds(today)) {
      return false;
    }
    LocalDate last = facts.lastCountingAttempt();
    LocalDate firstWholeDay = last != null && !last.isBefore(facts.openedOn()) ? last.plusDays(1) : facts.openedOn();
    return !today.isBefore(firstWholeDay.plusDays(FiveDayRoundRule.DAYS));
  }

  /**
   * A whole ISO week (the one starting {@code monday}) with fewer than 2 counting attempts, for a
   * case open from that Monday to its Sunday and not exempt at the week's end.
   */
  public static boolean week(LocalDate monday, LocalDate openedOn, LocalDate closedOn, int countingAttemptsInWeek,
      boolean exemptAtWeekEnd) {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(monday + " is not a Monday");
    }
    LocalDate sunday = monday.plusDays(6);
    boolean openAllWeek = !openedOn.isAfter(monday) && (closedOn == null || closedOn.isAfter(sunday));
    return openAllWeek && !exemptAtWeekEnd && countingAttemptsInWeek < TwiceAWeekRoundRule.PER_WEEK;
  }
}
