package com.collection.web.billing;

import com.collection.core.billing.BillRun;
import com.collection.core.billing.RunBilling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs bill runs in the background, so that the page that starts one answers at once and the
 * run's page shows its progress. A few worker threads ({@code collection.billing.workers}, default
 * 2); more runs wait their turn. When the application stops, running runs are interrupted: each
 * stops between two batches and is marked failed, ready to be resumed.
 */
@Component
class BillRunLauncher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(BillRunLauncher.class);

  private final RunBilling runBilling;
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  BillRunLauncher(RunBilling runBilling, @Value("${collection.billing.workers:2}") int workers) {
    this.runBilling = runBilling;
    executor.setCorePoolSize(workers);
    executor.setMaxPoolSize(workers);
    executor.setThreadNamePrefix("bill-run-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    executor.setAwaitTerminationSeconds(30);
    executor.initialize();
  }

  /** Writes the run's batches in the background (the run is already recorded as RUNNING). */
  void launch(long runId) {
    executor.execute(() -> {
      try {
        BillRun run = runBilling.proceed(runId);
        log.info("Bill run {} ended {}: {} of {} units, {} bills", runId, run.status(), run.unitsDone(),
            run.unitsTotal(), run.billsWritten());
      } catch (RuntimeException e) {
        log.warn("Bill run {} failed; what its finished batches wrote stays, and it can be resumed", runId, e);
      }
    });
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
