package com.collection.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a stretch of work needed: the peak of the heap pools' usage (garbage included, so it
 * mostly shows how far the collector let the heap fill) and the peak of the heap in use right after
 * a collection (close to what the work really held).
 */
final class HeapWatch implements NotificationListener {

  /** What was measured. */
  record Figures(long peakUsed, long peakAfterGc) {
  }

  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();
  private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName)
      .collect(Collectors.toSet());
  private final AtomicLong peakAfterGc = new AtomicLong();

  static HeapWatch start() {
    System.gc();
    HeapWatch watch = new HeapWatch();
    watch.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(watch, null, null);
    }
    return watch;
  }

  Figures stop() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException e) {
        // already gone
      }
    }
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Figures(peak, peakAfterGc.get());
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
        (CompositeData) notification.getUserData());
    long after = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPoolNames.contains(pool.getKey())) {
        after += pool.getValue().getUsed();
      }
    }
    peakAfterGc.accumulateAndGet(after, Math::max);
  }
}
