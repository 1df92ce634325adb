package com.collection.core.arrears;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Attempts and cases for the aggregate's tests, at local times in Asia/Shanghai. */
final class Attempts {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final long STAFF = 7;

  private static long nextId = 1000;

  private Attempts() {
  }

  static Instant at(LocalDateTime when) {
    return when.atZone(SHANGHAI).toInstant();
  }

  /** A counting phone call reaching the owner at {@code when}, with that outcome (pay-soon: for {@code promised}). */
  static CollectionAttempt phone(ArrearsCase c, LocalDateTime when, CaseCategory outcome, LocalDate promised) {
    return new CollectionAttempt(nextId++, c.id(), c.unitId(), STAFF, Channel.PHONE, Reached.OWNER, "", at(when),
        when.toLocalDate(), at(when), outcome, outcome == CaseCategory.PAY_SOON ? promised : null,
        outcome == CaseCategory.REFUSING ? new Complaint("电梯经常故障", "电梯不修好就不交") : null, null);
  }

  static CollectionAttempt phone(ArrearsCase c, LocalDateTime when, CaseCategory outcome) {
    return phone(c, when, outcome, null);
  }

  /** An attempt on a channel that counts for nothing (no outcome). */
  static CollectionAttempt notice(ArrearsCase c, Channel channel, LocalDateTime when) {
    return new CollectionAttempt(nextId++, c.id(), c.unitId(), STAFF, channel, Reached.NOBODY, "缴费通知", at(when),
        when.toLocalDate(), at(when), null, null, null, null);
  }
}
