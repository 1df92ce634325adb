package com.collection.core.arrears;

import com.collection.core.shared.Viewer;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An attempt as a staff member enters it. {@code when} is the business day's local time (null:
 * now); {@code outcome} the category a counting attempt sets (null on other channels); the
 * promised date for pay-soon, the complaint for refusing; {@code correctsAttemptId} the earlier
 * attempt of the case this one corrects, if any.
 */
public record LogAttemptCommand(long caseId, Viewer viewer, Channel channel, Reached reached, String said,
    LocalDateTime when, CaseCategory outcome, LocalDate promisedDate, String complaintWhat, String complaintWords,
    Long correctsAttemptId) {
}
