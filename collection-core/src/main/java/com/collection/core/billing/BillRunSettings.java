package com.collection.core.billing;

import java.time.Duration;
import java.util.Objects;

/**
 * How bill runs write: {@code batchSize} units per batch (one transaction each), and after how long
 * without a sign of life a RUNNING run counts as stopped ({@code staleAfter}): it then no longer
 * blocks a new run of its community and period, and can be resumed. The application provides it
 * from its configuration; without one, {@link #DEFAULT} applies.
 */
public record BillRunSettings(int batchSize, Duration staleAfter) {

  /** 2,000 units a batch (measured: bigger batches gain nothing), stale after 5 minutes. */
  public static final BillRunSettings DEFAULT = new BillRunSettings(2000, Duration.ofMinutes(5));

  public BillRunSettings {
    Objects.requireNonNull(staleAfter, "staleAfter");
    if (batchSize < 1 || batchSize > 20_000) {
      throw new IllegalArgumentException("a bill run's batch size is between 1 and 20,000 units");
    }
    if (staleAfter.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalArgumentException("a bill run is stale after 10 seconds at the least");
    }
  }
}
