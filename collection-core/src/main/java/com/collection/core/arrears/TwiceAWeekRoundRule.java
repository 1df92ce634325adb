package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Round rule (seed 001 三: at least 2 attempts a week): a case that is not exempt and has had fewer
 * than 2 counting attempts in the ISO week is due from that week's Thursday, or from the day the
 * round rules start for it if later ({@link CaseFacts#roundsStart()}: the day it opened, or the
 * day its promise was judged).
 */
public final class TwiceAWeekRoundRule implements FollowUpRule {

  public static final int PER_WEEK = 2;

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    if (facts.exemptFromRounds(today) || facts.countingAttemptsThisWeek() >= PER_WEEK) {
      return Optional.empty();
    }
    LocalDate thursday = CaseFacts.thursdayOf(today);
    LocalDate start = facts.roundsStart();
    LocalDate due = thursday.isBefore(start) ? start : thursday;
    return Optional.of(new FollowUp(due, FollowUpReason.ROUND_TWICE_A_WEEK, thursday,
        facts.countingAttemptsThisWeek()));
  }
}
