package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/** A case no counting attempt has classified is due the day it opens (and stays due until one does). */
public final class NewCaseRule implements FollowUpRule {

  @Override
  public Optional<FollowUp> next(CaseFacts facts, LocalDate today) {
    if (facts.category() != CaseCategory.UNCATEGORISED) {
      return Optional.empty();
    }
    return Optional.of(FollowUp.on(facts.since(), FollowUpReason.NEW_CASE, facts.openedOn()));
  }
}
