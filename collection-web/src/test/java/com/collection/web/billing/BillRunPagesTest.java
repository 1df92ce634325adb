package com.collection.web.billing;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.billing.BillRun;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.ViewBillRuns;
import com.collection.core.estate.UnitUse;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A bill run's page while it runs (progress, elapsed and estimated time left, reloading itself),
 * the refusal of a second run of the same community and period, and resuming a stopped run.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillRunPagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  RunBilling runBilling;
  @Autowired
  JdbcTemplate jdbc;

  EstateFixture estate;
  FeeItem serviceFee;

  @BeforeAll
  void estateWithAServiceFee() {
    estate = new EstateFixture(context);
    ManageFeeItems feeItems = context.getBean(ManageFeeItems.class);
    serviceFee = feeItems.create(estate.community.id(), "物业服务费", FeeKind.PER_AREA, BillingCycle.MONTHLY, 15,
        true, false);
    feeItems.addRate(serviceFee.id(), UnitUse.RESIDENTIAL, LocalDate.of(2025, 1, 1), new BigDecimal("2.80"));
  }

  private RequestPostProcessor asManager() {
    return user(principal(estate.manager));
  }

  @Test
  void aRunningRunShowsItsProgressReloadsItselfAndRefusesASecondRunOfItsPeriod() throws Exception {
    BillRun running = runBilling.start(estate.community.id(), List.of(serviceFee.id()), "2026-04",
        estate.manager.id());
    String page = "/billing/runs/" + running.id();

    mvc.perform(get(page).with(asManager()))
        .andExpect(status().isOk())
        .andExpect(header().string("Refresh", "3"))
        .andExpect(content().string(containsString("运行中")))
        .andExpect(content().string(containsString("id=\"run-progress\"")))
        .andExpect(content().string(containsString("0 / 2")))
        .andExpect(content().string(containsString("id=\"run-elapsed\"")))
        .andExpect(content().string(containsString("正在估算")))
        .andExpect(content().string(containsString("本页每 3 秒自动刷新")))
        .andExpect(content().string(not(containsString("id=\"resume\""))));

    mvc.perform(post("/billing/runs").with(asManager()).with(csrf())
            .param("communityId", estate.community.id().toString())
            .param("feeItemIds", serviceFee.id().toString()).param("period", "2026-04"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2026-04 账期已有一次账单运行正在进行（#" + running.id() + "）")))
        .andExpect(content().string(containsString("href=\"" + page + "\"")));

    assertThat(runBilling.proceed(running.id()).status()).isEqualTo(BillRun.BillRunStatus.DONE);
    mvc.perform(get(page).with(asManager()))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Refresh"))
        .andExpect(content().string(containsString("已完成")))
        .andExpect(content().string(containsString("2 / 2")))
        .andExpect(content().string(containsString("（100%）")))
        .andExpect(content().string(not(containsString("id=\"run-time-left\""))));
  }

  @Test
  void aStoppedRunSaysSoAndIsResumedFromItsPage() throws Exception {
    BillRun stopped = runBilling.start(estate.community.id(), List.of(serviceFee.id()), "2026-05",
        estate.manager.id());
    // as if the application running it had stopped an hour ago
    jdbc.update("UPDATE bill_run SET progress_at = progress_at - INTERVAL '1' HOUR WHERE id = ?", stopped.id());
    String page = "/billing/runs/" + stopped.id();

    mvc.perform(get(page).with(asManager()))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Refresh"))
        .andExpect(content().string(containsString("id=\"run-stale\"")))
        .andExpect(content().string(containsString("id=\"resume\"")));
    mvc.perform(get(page).with(asManager()).param("lang", "en"))
        .andExpect(content().string(containsString("No progress for more than 5 minutes")))
        .andExpect(content().string(containsString("Resume the run")));

    mvc.perform(post(page + "/resume").with(asManager()).with(csrf()))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("message", "billing.run.resumed"));
    BillRun done = awaitEnd(context, page);
    assertThat(done.status()).isEqualTo(BillRun.BillRunStatus.DONE);
    assertThat(done.attempt()).isEqualTo(2);
    assertThat(done.billsWritten()).isEqualTo(2);

    mvc.perform(post(page + "/resume").with(asManager()).with(csrf()))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("problem", "billing.run.resume.notResumable"));
  }

  /** Waits (at most 30 s) for the background run behind a run page to end; returns it as it ended. */
  static BillRun awaitEnd(ApplicationContext context, String runPage) throws InterruptedException {
    assertThat(runPage).startsWith("/billing/runs/");
    long runId = Long.parseLong(runPage.substring("/billing/runs/".length()));
    ViewBillRuns runs = context.getBean(ViewBillRuns.class);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    BillRun run = runs.byId(runId);
    while (run.isRunning()) {
      assertThat(System.nanoTime()).as("bill run %d still running", runId).isLessThan(deadline);
      Thread.sleep(20);
      run = runs.byId(runId);
    }
    return run;
  }
}
