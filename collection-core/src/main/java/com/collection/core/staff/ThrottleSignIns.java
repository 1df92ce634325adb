package com.collection.core.staff;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.Changes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing across every instance: at most {@value #MAX_PER_USERNAME} failed
 * sign-ins per username and {@value #MAX_PER_ADDRESS} per address within {@link #WINDOW}.
 *
 * <p>An attempt is counted before its password is checked: it is recorded (and committed), then
 * the attempts are counted, its own included, and it goes ahead only if neither count is above its
 * limit. So however many arrive at once, on one instance or several, at most the limit are checked:
 * of any limit + 1 attempts that all went ahead, the one recorded last would have counted them all.
 * An attempt refused unchecked is removed again (it is no failure, and a flood of them must not keep
 * the table growing); one whose password was right is removed too, and clears the username's
 * earlier failures, though not its address's: the person proved who they are, the address did not.
 * Not {@code @Transactional} on purpose: every step commits on its own.
 */
@Service
public class ThrottleSignIns {

  public static final int MAX_PER_USERNAME = 5;
  public static final int MAX_PER_ADDRESS = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  /** Longer than any address a servlet container reports (IPv6 with a zone is at most 45). */
  static final int MAX_ADDRESS_LENGTH = 64;

  private final SignInAttempts attempts;
  private final Audit audit;
  private final Clock clock;

  public ThrottleSignIns(SignInAttempts attempts, Audit audit, Clock clock) {
    this.attempts = attempts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Counts an attempt of a username (as {@link StaffMember#signInName} gives it) from an address:
   * the attempt's id if its password may be checked, empty if it is throttled.
   */
  public Optional<Long> admit(String username, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    String from = address == null ? "" : address.substring(0, Math.min(address.length(), MAX_ADDRESS_LENGTH));
    // what has left the window is of no use to anyone: one indexed delete, usually of nothing
    attempts.deleteBefore(since);
    long attempt = attempts.record(username, from, now);
    boolean addressOver = attempts.countFromAddress(from, since) > MAX_PER_ADDRESS;
    if (addressOver || attempts.countForUsername(username, since) > MAX_PER_USERNAME) {
      attempts.forget(attempt);
      logRefusal(addressOver ? "address " + from : username, username, from, since);
      return Optional.empty();
    }
    return Optional.of(attempt);
  }

  /**
   * The audit log gets the first refusal of a throttled username (or address) in each window, not
   * every one: a flood of refused guesses must not flood the log too.
   */
  private void logRefusal(String key, String username, String from, Instant since) {
    if (!audit.writtenSince(AuditAction.SIGN_IN_THROTTLED, key, since)) {
      audit.of(AuditAction.SIGN_IN_THROTTLED, key, clock).writeOnItsOwn(Changes.none()
          .set("username", username).set("address", from).set("throttled", key.startsWith("address ") ? "address"
              : "username"));
    }
  }

  /** The attempt's password was right: it is no failure, and the username starts afresh. */
  public void succeeded(long attemptId, String username) {
    attempts.forget(attemptId);
    attempts.clearUsername(username, attemptId);
  }
}
