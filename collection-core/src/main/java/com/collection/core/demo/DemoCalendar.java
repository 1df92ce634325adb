package com.collection.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The demo's office days: its cash desks take money every day but Sunday. */
final class DemoCalendar {

  private DemoCalendar() {
  }

  static boolean isOpen(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The day itself, or the Monday after a Sunday. */
  static LocalDate openOnOrAfter(LocalDate day) {
    return isOpen(day) ? day : day.plusDays(1);
  }
}
