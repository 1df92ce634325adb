package com.collection.core.arrears;

import java.time.LocalDate;
import java.util.Optional;

/** One rule of the follow-up schedule: when it makes a case due, and why; empty when it does not apply. */
public interface FollowUpRule {

  Optional<FollowUp> next(CaseFacts facts, LocalDate today);
}
