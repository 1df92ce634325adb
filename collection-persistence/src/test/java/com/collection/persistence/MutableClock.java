package com.collection.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock the tests move: fixed at {@link PersistenceTestApplication#NOW} unless a test sets a day,
 * which it must reset afterwards ({@link #reset()}) because the Spring context is shared.
 */
public final class MutableClock extends Clock {

  private final Instant initial;
  private final ZoneId zone;
  private volatile Instant now;

  public MutableClock(Instant initial, ZoneId zone) {
    this.initial = initial;
    this.zone = zone;
    this.now = initial;
  }

  public void setDay(LocalDate day) {
    now = day.atTime(10, 0).atZone(zone).toInstant();
  }

  /** A moment of the day, for rules that depend on the hour (the business day is the zone's). */
  public void set(Instant instant) {
    now = instant;
  }

  public void reset() {
    now = initial;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.fixed(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
