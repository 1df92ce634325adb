package com.collection.core.demo;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs the independent parts of the demo generation (one per community) and adds up what they
 * counted. One after the other: two threads measured no faster on H2, which serialises the writes.
 */
final class SideBySide {

  private SideBySide() {
  }

  static long sum(List<Callable<Long>> parts) {
    long total = 0;
    for (Callable<Long> part : parts) {
      try {
        total += part.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return total;
  }
}
