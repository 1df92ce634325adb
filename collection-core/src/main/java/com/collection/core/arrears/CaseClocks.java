package com.collection.core.arrears;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Clocks fixed on a business day, for transitions dated a day other than today (a caught-up day). */
final class CaseClocks {

  private CaseClocks() {
  }

  static Clock atNoon(LocalDate day, ZoneId zone) {
    return at(day, LocalTime.NOON, zone);
  }

  static Clock at(LocalDate day, LocalTime time, ZoneId zone) {
    return Clock.fixed(day.atTime(time).atZone(zone).toInstant(), zone);
  }
}
