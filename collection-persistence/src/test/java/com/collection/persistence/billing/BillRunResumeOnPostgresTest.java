package com.collection.persistence.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.billing.BillRun;
import com.collection.core.billing.BillRun.BillRunStatus;
import com.collection.core.billing.BillRunSettings;
import com.collection.core.billing.RunBilling;
import com.collection.core.estate.Unit;
import com.collection.core.ledger.EffectLedger;
import com.collection.core.shared.DomainException;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bill runs that fail halfway, are stopped or are started twice, on PostgreSQL with batches of two
 * units (the fixture's six units make three batches). A run is failed on purpose in its second
 * batch by a trigger that refuses one unit's bill: the first batch stays wholly written (bills,
 * effects, rollups, progress), the second wrote nothing, and resuming (or a new run) finishes the
 * rest with exactly one bill per unit, fee item and period and rollups equal to the bills.
 */
@SpringBootTest
@PostgresTest
class BillRunResumeOnPostgresTest {

  private static final String PERIOD = "2026-05";

  /** Two units a batch: the smallest batch that leaves a batch before and after the failing one. */
  @TestConfiguration
  static class SmallBatches {
    @Bean
    BillRunSettings billRunSettings() {
      return new BillRunSettings(2, Duration.ofMinutes(5));
    }
  }

  @Autowired
  ApplicationContext context;
  @Autowired
  RunBilling runBilling;
  @Autowired
  EffectLedger ledger;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void noFailingTrigger() {
    jdbc.execute("DROP TRIGGER IF EXISTS bill_refused ON bill");
  }

  @Test
  void aRunThatFailsInItsSecondBatchKeepsTheFirstAndResumingFinishesTheRest() {
    BillingFixture estate = new BillingFixture(context);
    Unit shop = estate.units.get(2);   // the second batch: S1 and 201
    refuseBillsOf(shop.id());

    assertThatThrownBy(() -> runBilling.run(estate.community.id(), estate.itemIds(), PERIOD, null))
        .hasMessageContaining("refused on purpose");

    BillRun failed = onlyRun(estate);
    assertThat(failed.status()).isEqualTo(BillRunStatus.FAILED);
    assertThat(failed.unitsDone()).as("the first batch").isEqualTo(2);
    assertThat(failed.lastUnitId()).isEqualTo(estate.units.get(1).id());
    assertThat(failed.billsWritten()).isEqualTo(2);
    assertThat(billedUnits(estate)).as("the first batch wholly, the second not at all")
        .containsExactly(estate.units.get(0).id(), estate.units.get(1).id());
    assertThat(count("SELECT COUNT(*) FROM money_effect WHERE unit_id IN (?, ?, ?, ?)", estate.units.get(2).id(),
        estate.units.get(3).id(), estate.units.get(4).id(), estate.units.get(5).id())).isZero();
    assertEffectsAndRollupsMatchTheBills(estate, 2);
    assertThatThrownBy(() -> runBilling.resume(estate.community.id() * 1000 + 999_999))
        .isInstanceOf(DomainException.class);

    noFailingTrigger();
    BillRun resumed = runBilling.proceed(runBilling.resume(failed.id()).id());
    assertThat(resumed.status()).isEqualTo(BillRunStatus.DONE);
    assertThat(resumed.attempt()).isEqualTo(2);
    assertThat(resumed.unitsDone()).isEqualTo(6);
    assertThat(resumed.billsWritten()).isEqualTo(5);
    assertThat(resumed.attemptUnitsBefore()).isEqualTo(2);
    assertOneBillPerUnitItemAndPeriod(estate, 5);
    assertEffectsAndRollupsMatchTheBills(estate, 5);
    assertThatThrownBy(() -> runBilling.resume(resumed.id())).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo("billing.run.notResumable"));
  }

  @Test
  void aNewRunAfterAFailedOneWritesOnlyWhatIsMissing() {
    BillingFixture estate = new BillingFixture(context);
    refuseBillsOf(estate.units.get(5).id());   // the third batch: 202 (unsold: no bill) and P1

    assertThatThrownBy(() -> runBilling.run(estate.community.id(), estate.itemIds(), PERIOD, null))
        .hasMessageContaining("refused on purpose");
    assertThat(billedUnits(estate)).hasSize(4);

    noFailingTrigger();
    BillRun second = runBilling.run(estate.community.id(), estate.itemIds(), PERIOD, null);
    assertThat(second.status()).isEqualTo(BillRunStatus.DONE);
    assertThat(second.billsWritten()).as("only P1's parking fee was missing").isEqualTo(1);
    assertOneBillPerUnitItemAndPeriod(estate, 5);
    assertEffectsAndRollupsMatchTheBills(estate, 5);
  }

  @Test
  void aSecondRunOfTheSameCommunityAndPeriodIsRefusedWhileOneIsRunning() {
    BillingFixture estate = new BillingFixture(context);
    BillRun first = runBilling.start(estate.community.id(), estate.itemIds(), PERIOD, null);

    assertThatThrownBy(() -> runBilling.start(estate.community.id(), estate.itemIds(), PERIOD, null))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("billing.run.alreadyRunning");
          assertThat(e.args()).containsExactly(PERIOD, String.valueOf(first.id()));
        });
    assertThat(runBilling.start(estate.community.id(), List.of(estate.serviceFee.id()), "2026-06", null).status())
        .as("another period may run at the same time").isEqualTo(BillRunStatus.RUNNING);
    assertThatThrownBy(() -> jdbc.update("INSERT INTO bill_run (community_id, period, fee_item_ids, status, running,"
            + " units_total, started_at, attempt_started_at, progress_at) VALUES (?, ?, '1', 'RUNNING', TRUE, 0,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", estate.community.id(), PERIOD))
        .as("the database itself refuses a second running run").isInstanceOf(DuplicateKeyException.class);

    BillRun done = runBilling.proceed(first.id());
    assertThat(done.status()).isEqualTo(BillRunStatus.DONE);
    assertThat(runBilling.run(estate.community.id(), estate.itemIds(), PERIOD, null).billsWritten())
        .as("once it is done, the period can run again (and adds nothing)").isZero();
    assertOneBillPerUnitItemAndPeriod(estate, 5);
  }

  @Test
  void aRunWithNoSignOfLifeForLongIsStaleAndNoLongerBlocks() {
    BillingFixture estate = new BillingFixture(context);
    BillRun stopped = runBilling.start(estate.community.id(), estate.itemIds(), PERIOD, null);
    Instant now = stopped.progressAt();
    assertThat(stopped.isStale(now.plus(Duration.ofMinutes(4)), runBilling.staleAfter())).isFalse();
    assertThat(stopped.isStale(now.plus(Duration.ofMinutes(6)), runBilling.staleAfter())).isTrue();
    assertThatThrownBy(() -> runBilling.resume(stopped.id())).as("not stale yet")
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("billing.run.notResumable"));

    // as if its application had stopped ten minutes ago
    jdbc.update("UPDATE bill_run SET progress_at = ? WHERE id = ?", Timestamp.from(now.minus(Duration.ofMinutes(10))),
        stopped.id());
    BillRun taken = runBilling.start(estate.community.id(), estate.itemIds(), PERIOD, null);
    assertThat(taken.id()).isNotEqualTo(stopped.id());
    BillRun abandoned = runBilling.proceed(stopped.id());
    assertThat(abandoned.status()).as("the stale run was marked failed and writes nothing").isEqualTo(BillRunStatus.FAILED);
    assertThat(runBilling.proceed(taken.id()).billsWritten()).isEqualTo(5);

    // a stale run can be resumed in place too, as a new attempt; the old attempt can no longer write
    BillRun other = runBilling.start(estate.community.id(), estate.itemIds(), "2026-06", null);
    jdbc.update("UPDATE bill_run SET progress_at = ? WHERE id = ?", Timestamp.from(now.minus(Duration.ofMinutes(10))),
        other.id());
    BillRun reopened = runBilling.resume(other.id());
    assertThat(reopened.attempt()).isEqualTo(2);
    assertThat(runBilling.proceed(other.id()).status()).isEqualTo(BillRunStatus.DONE);
    assertOneBillPerUnitItemAndPeriod(estate, 10);
    assertEffectsAndRollupsMatchTheBills(estate, 10);
  }

  /** A trigger that fails the insert of any bill of this unit, as a database error would. */
  private void refuseBillsOf(long unitId) {
    jdbc.execute("""
        CREATE OR REPLACE FUNCTION refuse_bill() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.unit_id = CAST(TG_ARGV[0] AS BIGINT) THEN
            RAISE EXCEPTION 'bill of unit % refused on purpose', NEW.unit_id;
          END IF;
          RETURN NEW;
        END $$""");
    jdbc.execute("DROP TRIGGER IF EXISTS bill_refused ON bill");
    jdbc.execute("CREATE TRIGGER bill_refused BEFORE INSERT ON bill FOR EACH ROW EXECUTE FUNCTION refuse_bill('"
        + unitId + "')");
  }

  private BillRun onlyRun(BillingFixture estate) {
    List<Long> ids = jdbc.queryForList("SELECT id FROM bill_run WHERE community_id = ?", Long.class,
        estate.community.id());
    assertThat(ids).hasSize(1);
    return context.getBean(com.collection.core.billing.ViewBillRuns.class).byId(ids.get(0));
  }

  private List<Long> billedUnits(BillingFixture estate) {
    return jdbc.queryForList("SELECT DISTINCT b.unit_id FROM bill b JOIN building bd ON bd.id = b.building_id"
        + " WHERE bd.community_id = ? ORDER BY b.unit_id", Long.class, estate.community.id());
  }

  private void assertOneBillPerUnitItemAndPeriod(BillingFixture estate, long expected) {
    assertThat(count("SELECT COUNT(*) FROM bill b JOIN building bd ON bd.id = b.building_id WHERE bd.community_id = ?",
        estate.community.id())).isEqualTo(expected);
    assertThat(count("""
        SELECT COUNT(*) FROM (SELECT b.unit_id FROM bill b JOIN building bd ON bd.id = b.building_id
        WHERE bd.community_id = ? GROUP BY b.unit_id, b.fee_item_id, b.period HAVING COUNT(*) > 1) d""",
        estate.community.id())).as("no unit, fee item and period billed twice").isZero();
  }

  /** One effect per bill, and the rollups' "as of" answers equal to a recomputation from the bills. */
  private void assertEffectsAndRollupsMatchTheBills(BillingFixture estate, long bills) {
    assertThat(count("""
        SELECT COUNT(*) FROM money_effect e JOIN bill b ON b.id = e.bill_id JOIN building bd ON bd.id = b.building_id
        WHERE bd.community_id = ? AND e.kind = 'BILL_ISSUED'""", estate.community.id())).isEqualTo(bills);
    for (long building : List.of(estate.first.id(), estate.second.id())) {
      for (LocalDate asOf : List.of(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 15),
          LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31))) {
        BigDecimal expected = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM bill WHERE building_id = ?"
            + " AND fee_year = 2026 AND status = 'ISSUED' AND late_fee = FALSE AND due_date <= ?", BigDecimal.class,
            building, java.sql.Date.valueOf(asOf));
        assertThat(ledger.asOf(building, 2026, asOf).receivable().amount())
            .as("building %d as of %s", building, asOf).isEqualByComparingTo(expected);
      }
      Map<String, Object> sums = jdbc.queryForMap("""
          SELECT (SELECT COALESCE(SUM(receivable), 0) FROM rollup_day WHERE building_id = ?) AS days,
                 (SELECT COALESCE(SUM(receivable), 0) FROM rollup_month WHERE building_id = ?) AS months,
                 (SELECT COALESCE(SUM(amount), 0) FROM bill WHERE building_id = ? AND status = 'ISSUED') AS bills""",
          building, building, building);
      assertThat((BigDecimal) sums.get("days")).isEqualByComparingTo((BigDecimal) sums.get("bills"));
      assertThat((BigDecimal) sums.get("months")).isEqualByComparingTo((BigDecimal) sums.get("bills"));
    }
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }
}
