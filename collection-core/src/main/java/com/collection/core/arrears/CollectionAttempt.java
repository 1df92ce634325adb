package com.collection.core.arrears;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One contact with an owner (催缴记录): never edited or deleted; a correction is a new attempt that
 * names the one it corrects. {@code outcome} is the category a counting attempt sets (null on a
 * channel that counts for nothing); a pay-soon outcome has its promised date, a refusing one its
 * complaint.
 */
public record CollectionAttempt(Long id, long caseId, long unitId, long staffId, Channel channel, Reached reached,
    String said, Instant at, LocalDate day, Instant loggedAt, CaseCategory outcome, LocalDate promisedDate,
    Complaint complaint, Long correctsAttemptId) {

  public static final int MAX_SAID = 500;

  public CollectionAttempt {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(day, "day");
    if (channel.counts() != (outcome != null)) {
      throw new IllegalArgumentException("A counting attempt, and only one, sets a category");
    }
    if (outcome == CaseCategory.UNCATEGORISED) {
      throw new IllegalArgumentException("An attempt never makes a case uncategorised");
    }
    if ((outcome == CaseCategory.PAY_SOON) != (promisedDate != null)) {
      throw new IllegalArgumentException("A pay-soon outcome, and only one, has a promised date");
    }
    if ((outcome == CaseCategory.REFUSING) != (complaint != null)) {
      throw new IllegalArgumentException("A refusing outcome, and only one, has a complaint");
    }
    said = said == null ? "" : said.strip();
  }

  public boolean counts() {
    return channel.counts();
  }

  public CollectionAttempt withId(long newId) {
    return new CollectionAttempt(newId, caseId, unitId, staffId, channel, reached, said, at, day, loggedAt, outcome,
        promisedDate, complaint, correctsAttemptId);
  }
}
