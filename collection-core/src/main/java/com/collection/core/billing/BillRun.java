package com.collection.core.billing;

import com.collection.core.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A bill run as recorded: what it was asked to do, how far it got and what it wrote.
 *
 * <p>A run bills its community's units in id order, a batch at a time; {@code lastUnitId} is the
 * last unit of the last batch written (committed with that batch), so a run that stopped can go on
 * from there. Each start or resume is an {@code attempt}; elapsed time and the estimate of the time
 * left are measured from the current attempt's start ({@code attemptStartedAt}, when
 * {@code attemptUnitsBefore} units were already done). {@code progressAt} is the last sign of life.
 */
public record BillRun(Long id, long communityId, String period, List<Long> feeItemIds,
    BillRunStatus status, long unitsTotal, long unitsDone, long billsWritten, Money totalAmount,
    Instant startedAt, Instant finishedAt, Long startedBy, long lastUnitId, int attempt,
    Instant attemptStartedAt, long attemptUnitsBefore, Instant progressAt) {

  public enum BillRunStatus {
    RUNNING, DONE, FAILED
  }

  public boolean isRunning() {
    return status == BillRunStatus.RUNNING;
  }

  /**
   * A running run with no sign of life for {@code staleAfter}: its application most likely stopped
   * (a batch takes seconds). It no longer blocks another run and can be resumed.
   */
  public boolean isStale(Instant now, Duration staleAfter) {
    return isRunning() && progressAt.plus(staleAfter).isBefore(now);
  }

  /** Failed, or running but stale: what a resume may pick up. */
  public boolean isResumable(Instant now, Duration staleAfter) {
    return status == BillRunStatus.FAILED || isStale(now, staleAfter);
  }

  /** Time spent by the current attempt: until it finished, or until now while running. */
  public Duration elapsed(Instant now) {
    Instant end = finishedAt != null ? finishedAt : isRunning() ? now : progressAt;
    Duration elapsed = Duration.between(attemptStartedAt, end);
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  /**
   * While running: the units left at the pace of the current attempt so far. Empty before the
   * attempt's first batch (no pace yet) and once the run is over.
   */
  public Optional<Duration> estimatedTimeLeft(Instant now) {
    long doneThisAttempt = unitsDone - attemptUnitsBefore;
    if (!isRunning() || doneThisAttempt <= 0) {
      return Optional.empty();
    }
    long left = Math.max(0, unitsTotal - unitsDone);
    long nanosPerUnit = elapsed(now).toNanos() / doneThisAttempt;
    return Optional.of(Duration.ofNanos(nanosPerUnit * left));
  }

  /** Units done as a whole percentage of the total (100 for a community without units). */
  public int percentDone() {
    if (unitsTotal <= 0) {
      return 100;
    }
    return (int) Math.min(100, unitsDone * 100 / unitsTotal);
  }
}
