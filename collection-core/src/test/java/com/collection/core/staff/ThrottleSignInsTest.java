package com.collection.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleSignInsTest {

  /** The table as a list; the clock moves by hand. */
  private static final class Attempts implements SignInAttempts {

    record Row(long id, String username, String address, Instant at, boolean cleared) {
    }

    final List<Row> rows = new ArrayList<>();
    long nextId = 1;

    @Override
    public long record(String username, String address, Instant at) {
      rows.add(new Row(nextId, username, address, at, false));
      return nextId++;
    }

    @Override
    public int countForUsername(String username, Instant since) {
      return (int) rows.stream().filter(r -> r.username.equals(username) && r.at.isAfter(since) && !r.cleared).count();
    }

    @Override
    public int countFromAddress(String address, Instant since) {
      return (int) rows.stream().filter(r -> r.address.equals(address) && r.at.isAfter(since)).count();
    }

    @Override
    public void forget(long attemptId) {
      rows.removeIf(r -> r.id == attemptId);
    }

    @Override
    public void clearUsername(String username, long beforeAttemptId) {
      rows.replaceAll(r -> r.username.equals(username) && r.id < beforeAttemptId
          ? new Row(r.id, r.username, r.address, r.at, true) : r);
    }

    @Override
    public int deleteBefore(Instant before) {
      int size = rows.size();
      rows.removeIf(r -> r.at.isBefore(before));
      return size - rows.size();
    }
  }

  private final Attempts attempts = new Attempts();
  private Instant now = Instant.parse("2026-03-01T02:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final com.collection.core.audit.InMemoryAuditLog log = new com.collection.core.audit.InMemoryAuditLog();
  private final ThrottleSignIns throttle = new ThrottleSignIns(attempts, log.audit(clock), clock);

  @Test
  void theSixthAttemptOnAUsernameIsRefusedUntilTheFirstLeavesTheWindow() {
    Instant first = now;
    for (int i = 0; i < ThrottleSignIns.MAX_PER_USERNAME; i++) {
      assertThat(throttle.admit("li.na", "10.0.0." + i)).isPresent();
      now = now.plusSeconds(60);
    }
    assertThat(throttle.admit("li.na", "10.0.0.99")).as("sixth").isEmpty();
    assertThat(attempts.rows).as("a refused attempt is not kept").hasSize(ThrottleSignIns.MAX_PER_USERNAME);
    now = first.plus(ThrottleSignIns.WINDOW).plusSeconds(1);
    assertThat(throttle.admit("li.na", "10.0.0.99")).as("the first failure left the window").isPresent();
    assertThat(attempts.rows).as("rows older than the window deleted").hasSize(ThrottleSignIns.MAX_PER_USERNAME);
  }

  @Test
  void anAddressIsRefusedAfterTwentyFailuresWhateverTheNames() {
    for (int i = 0; i < ThrottleSignIns.MAX_PER_ADDRESS; i++) {
      assertThat(throttle.admit("name" + i, "192.0.2.1")).isPresent();
    }
    assertThat(throttle.admit("another", "192.0.2.1")).isEmpty();
    assertThat(throttle.admit("another", "192.0.2.2")).isPresent();
  }

  @Test
  void theAuditLogGetsTheFirstRefusalOfAThrottledNameInEachWindowNotEveryOne() {
    for (int i = 0; i < ThrottleSignIns.MAX_PER_USERNAME + 3; i++) {
      throttle.admit("guessed", "203.0.113.9");
    }
    var refused = log.entries(com.collection.core.audit.AuditAction.SIGN_IN_THROTTLED);
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).objectId()).isEqualTo("guessed");
    assertThat(refused.get(0).after()).containsEntry("address", "203.0.113.9").containsEntry("throttled", "username");
    now = now.plus(ThrottleSignIns.WINDOW).plusSeconds(1);
    for (int i = 0; i < ThrottleSignIns.MAX_PER_USERNAME + 1; i++) {
      throttle.admit("guessed", "203.0.113.9");
    }
    assertThat(log.entries(com.collection.core.audit.AuditAction.SIGN_IN_THROTTLED)).as("a new window").hasSize(2);
  }

  @Test
  void aSuccessClearsTheUsernameNotTheAddress() {
    for (int i = 0; i < ThrottleSignIns.MAX_PER_USERNAME - 1; i++) {
      throttle.admit("li.na", "192.0.2.1");
    }
    Optional<Long> right = throttle.admit("li.na", "192.0.2.1");
    throttle.succeeded(right.orElseThrow(), "li.na");
    assertThat(attempts.countForUsername("li.na", now.minusSeconds(1))).isZero();
    assertThat(attempts.countFromAddress("192.0.2.1", now.minusSeconds(1))).isEqualTo(ThrottleSignIns.MAX_PER_USERNAME - 1);
  }

  @Test
  void attemptsStillBeingCheckedCountAsFailures() {
    // admitted, not yet answered: the next ones count them (a burst can't all be checked)
    List<Optional<Long>> burst = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      burst.add(throttle.admit("li.na", "10.1.0." + i));
    }
    assertThat(burst.stream().filter(Optional::isPresent)).hasSize(ThrottleSignIns.MAX_PER_USERNAME);
  }

  @Test
  void aLongAddressIsCutToTheColumn() {
    String address = "x".repeat(200);
    assertThat(throttle.admit("li.na", address)).isPresent();
    assertThat(attempts.rows.get(0).address()).hasSize(ThrottleSignIns.MAX_ADDRESS_LENGTH);
    assertThat(Duration.between(attempts.rows.get(0).at(), now)).isZero();
  }
}
