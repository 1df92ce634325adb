package com.collection.persistence.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.billing.BillRun;
import com.collection.core.billing.RunBilling;
import com.collection.core.shared.DomainException;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On H2 (the zero-setup default) too, one run per community and period runs at a time (the unique
 * key with NULLs for finished runs), and a stopped run is resumed (the same context as
 * {@link RollupRecomputationOnH2Test}).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:h2rollups;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.driver-class-name=org.h2.Driver"})
class BillRunResumeOnH2Test {

  @Autowired
  ApplicationContext context;
  @Autowired
  RunBilling runBilling;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aSecondRunIsRefusedAndAStoppedRunIsResumed() {
    BillingFixture estate = new BillingFixture(context);
    BillRun first = runBilling.start(estate.community.id(), estate.itemIds(), "2026-05", null);
    assertThatThrownBy(() -> runBilling.start(estate.community.id(), estate.itemIds(), "2026-05", null))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("billing.run.alreadyRunning"));

    jdbc.update("UPDATE bill_run SET progress_at = ? WHERE id = ?",
        Timestamp.from(first.progressAt().minus(Duration.ofMinutes(10))), first.id());
    assertThat(runBilling.resume(first.id()).attempt()).isEqualTo(2);
    BillRun done = runBilling.proceed(first.id());
    assertThat(done.status()).isEqualTo(BillRun.BillRunStatus.DONE);
    assertThat(done.billsWritten()).isEqualTo(5);
    assertThat(runBilling.run(estate.community.id(), estate.itemIds(), "2026-05", null).billsWritten())
        .as("finished runs don't block, and the period is billed already").isZero();
  }
}
