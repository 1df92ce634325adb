package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Round rule (seed 001 三: at least 2 attempts a week): a case that is not exempt and has had fewer
 * than 2 counting attempts in the ISO week is due from that week's Thursday (or the day it opened,
 * if later), and not again on the day of a counting attempt ({@link CaseFacts#earliestRoundDue}).
 */
public final class TwiceAWeekRoundRule implements FollowUpRule {

  public static final int PER_WEEK = 2;

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    if (facts.exemptFromRounds(today) || facts.countingAttemptsThisWeek() >= PER_WEEK) {
      return Optional.empty();
    }
    LocalDate thursday = CaseFacts.thursdayOf(today);
    LocalDate earliest = facts.earliestRoundDue();
    LocalDate due = thursday.isBefore(earliest) ? earliest : thursday;
    return Optional.of(new FollowUp(due, FollowUpReason.ROUND_TWICE_A_WEEK, thursday,
        facts.countingAttemptsThisWeek()));
  }
}
