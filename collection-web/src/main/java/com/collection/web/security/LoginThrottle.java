package com.collection.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins within the window,
 * further attempts for that username, or from that address, are refused until the window passes.
 * Kept in memory per instance (each instance throttles on its own).
 */
@Component
class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 100_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failuresByUser = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  boolean blocked(String username, String address) {
    Instant now = clock.instant();
    return recent(failuresByUser, key(username), now) >= MAX_FAILURES
        || recent(failuresByAddress, address, now) >= MAX_FAILURES_PER_ADDRESS;
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (failuresByUser.size() > MAX_TRACKED || failuresByAddress.size() > MAX_TRACKED) {
      failuresByUser.clear();
      failuresByAddress.clear();
    }
    record(failuresByUser, key(username), now);
    record(failuresByAddress, address, now);
  }

  void succeeded(String username) {
    failuresByUser.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
    if (key == null) {
      return;
    }
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
      while (times.size() > MAX_FAILURES_PER_ADDRESS) {
        times.removeFirst();
      }
    }
  }

  private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
    Deque<Instant> times = key == null ? null : failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.removeFirst();
      }
      return times.size();
    }
  }
}
