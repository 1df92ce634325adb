package com.collection.web.jobs;

import com.collection.core.arrears.DailyCaseSteps;
import com.collection.core.arrears.RunDailyCaseJob;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily case job: at 00:05 in the business time zone, and once when the application is ready
 * (so days missed while it was down are caught up at start). ShedLock on the database keeps it to
 * one instance at a time; the job itself claims each day once, so a second run does nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class DailyCaseJobSchedule {

  private static final Logger log = LoggerFactory.getLogger(DailyCaseJobSchedule.class);

  private final RunDailyCaseJob job;

  DailyCaseJobSchedule(RunDailyCaseJob job) {
    this.job = job;
  }

  @Scheduled(cron = "0 5 0 * * *", zone = "${collection.time-zone:Asia/Shanghai}")
  @SchedulerLock(name = "arrears-daily-job", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  public void everyMorning() {
    report(job.runUpToToday());
  }

  @EventListener(ApplicationReadyEvent.class)
  @SchedulerLock(name = "arrears-daily-job", lockAtMostFor = "PT30M")
  public void atStart() {
    report(job.runUpToToday());
  }

  private static void report(List<DailyCaseSteps.DayReport> days) {
    for (DailyCaseSteps.DayReport day : days) {
      if (day.done()) {
        log.info("Daily case job {}: {} cases opened, {} promises kept, {} broken, {} follow-ups scheduled,"
            + " {} worklist rows", day.day(), day.opened(), day.promisesKept(), day.promisesBroken(),
            day.scheduled(), day.listed());
      }
    }
  }
}
