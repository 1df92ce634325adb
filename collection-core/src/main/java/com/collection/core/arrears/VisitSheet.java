package com.collection.core.arrears;

import com.collection.core.estate.BuildingSummary;
import java.time.LocalDate;
import java.util.List;

/** A printable list of one building's open cases by floor and unit, with room to write. */
public record VisitSheet(BuildingSummary building, LocalDate day, List<WorklistRow> rows) {
}
