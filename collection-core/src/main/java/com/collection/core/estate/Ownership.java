package com.collection.core.estate;

import com.collection.core.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who owned a unit over a span of time: one or more joint owners from {@code start} until the day
 * before {@code end} (open when {@code end} is null). A unit's spans never overlap.
 */
public record Ownership(Long id, long unitId, LocalDate start, LocalDate end, List<Long> ownerIds) {

  public Ownership {
    Objects.requireNonNull(start, "start");
    ownerIds = List.copyOf(ownerIds);
    if (ownerIds.isEmpty()) {
      throw DomainException.onField("ownerIds", "ownership.noOwner");
    }
    if (end != null && !end.isAfter(start)) {
      throw DomainException.onField("end", "ownership.endBeforeStart");
    }
  }

  public static Ownership from(long unitId, LocalDate start, List<Long> ownerIds) {
    return new Ownership(null, unitId, start, null, ownerIds);
  }

  public boolean isOn(LocalDate day) {
    return !day.isBefore(start) && (end == null || day.isBefore(end));
  }

  public boolean overlaps(Ownership other) {
    boolean thisEndsBeforeOther = end != null && !end.isAfter(other.start);
    boolean otherEndsBeforeThis = other.end != null && !other.end.isAfter(start);
    return !(thisEndsBeforeOther || otherEndsBeforeThis);
  }

  /** This span closed on {@code day} (the new owners' first day). */
  public Ownership endingOn(LocalDate day) {
    return new Ownership(id, unitId, start, day, ownerIds);
  }

  /** Checks that a new span fits among a unit's existing spans. */
  public void checkFitsAmong(List<Ownership> existing) {
    for (Ownership other : existing) {
      if (!Objects.equals(other.id, id) && other.overlaps(this)) {
        throw DomainException.onField("start", "ownership.overlap", other.start,
            other.end == null ? "—" : other.end);
      }
    }
  }
}
