package com.collection.core.estate;

import java.time.LocalDate;

/** A unit on an owner's page, with the span they owned it and whether it is theirs today. */
public record OwnedUnit(UnitSummary unit, LocalDate from, LocalDate until, boolean current) {
}
