package com.collection.core.staff;

import java.time.Instant;

/**
 * Port: sign-in attempts, kept in the database so that every instance counts the same ones. Each
 * method commits on its own, whatever transaction its caller is in: an attempt must be visible to
 * every other instance before its own count is taken (see {@link ThrottleSignIns}).
 */
public interface SignInAttempts {

  /** Records an attempt of that (valid) username from that address; its id. */
  long record(String username, String address, Instant at);

  /** Attempts on the username since then that count as failures: failed, or still being checked. */
  int countForUsername(String username, Instant since);

  /** Attempts from the address since then that count as failures: failed, or still being checked. */
  int countFromAddress(String address, Instant since);

  /** Removes one attempt: it was refused unchecked, or it succeeded. */
  void forget(long attemptId);

  /** The username's attempts before that one no longer count for it (they still count for their address). */
  void clearUsername(String username, long beforeAttemptId);

  /** Deletes attempts older than that; the number deleted. */
  int deleteBefore(Instant before);
}
