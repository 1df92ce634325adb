package com.collection.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.billing.RunBilling;
import com.collection.core.estate.AddUnit;
import com.collection.core.estate.Area;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitUse;
import com.collection.core.payment.RecordPayment;
import com.collection.persistence.SecondInstance;
import com.collection.persistence.billing.BillingFixtures;
import com.collection.testsupport.PostgresTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application (two Spring contexts on one schema) take 20 payments on the same
 * unit and 20 on different units of one community at once. Locking lives in the database.
 */
@SpringBootTest
@PostgresTest
class ConcurrentPaymentsOnPostgresTest {

  @Autowired
  ConfigurableApplicationContext first;
  @Autowired
  Environment environment;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void twentyPaymentsOnOneUnitAndTwentyOnOthersAreExactWithGaplessReceipts() throws Exception {
    var estate = BillingFixtures.create(first);
    AddUnit addUnit = first.getBean(AddUnit.class);
    List<Long> others = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      others.add(addUnit.add(estate.firstBuildingId(), "C" + i, 3, Area.of("100.00"), UnitUse.RESIDENTIAL,
          Occupancy.OCCUPIED).id());
    }
    RunBilling runBilling = first.getBean(RunBilling.class);
    for (String month : List.of("2026-01", "2026-02", "2026-03")) {
      runBilling.run(estate.communityId(), estate.itemIds(), month, null);
    }
    var desk = new PaymentFixture(first);
    long sameUnit = estate.flat();

    try (ConfigurableApplicationContext second = SecondInstance.of(environment)) {
      List<RecordPayment> instances = List.of(first.getBean(RecordPayment.class), second.getBean(RecordPayment.class));
      ExecutorService pool = Executors.newFixedThreadPool(16);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        long unit = i < 20 ? sameUnit : others.get(i - 20);
        RecordPayment instance = instances.get(i % 2);
        String amount = i < 20 ? "100.00" : "123.45";
        done.add(pool.submit((Callable<Void>) () -> {
          start.await();
          instance.record(desk.cash(unit, amount, java.time.LocalDate.of(2026, 6, 1)));
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }

    BigDecimal taken = jdbc.queryForObject("SELECT SUM(amount) FROM payment WHERE community_id = ?", BigDecimal.class,
        estate.communityId());
    assertThat(taken).isEqualByComparingTo("4469.00");   // 20 × 100.00 + 20 × 123.45
    BigDecimal paid = jdbc.queryForObject("SELECT SUM(a.amount) FROM allocation a JOIN payment p ON p.id = a.payment_id"
        + " WHERE p.community_id = ? AND a.reversed_on IS NULL", BigDecimal.class, estate.communityId());
    BigDecimal credit = jdbc.queryForObject("SELECT COALESCE(SUM(l.remaining), 0) FROM credit_lot l JOIN payment p"
        + " ON p.id = l.payment_id WHERE p.community_id = ?", BigDecimal.class, estate.communityId());
    assertThat(paid.add(credit)).as("every fen is either on a bill or credit").isEqualByComparingTo(taken);
    BigDecimal billsPaid = jdbc.queryForObject("SELECT SUM(b.paid) FROM bill b JOIN building bd ON bd.id = b.building_id"
        + " WHERE bd.community_id = ?", BigDecimal.class, estate.communityId());
    assertThat(billsPaid).as("bills' paid amounts match the allocations").isEqualByComparingTo(paid);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bill b JOIN building bd ON bd.id = b.building_id"
        + " WHERE bd.community_id = ? AND b.paid > b.amount", Long.class, estate.communityId())).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_lot l JOIN bill b ON b.unit_id = l.unit_id"
        + " WHERE l.remaining > 0 AND b.status = 'ISSUED' AND b.amount - b.paid - b.adjusted > 0", Long.class))
        .as("no unit holds credit and open bills at once").isZero();
    List<String> numbers = jdbc.queryForList("SELECT receipt_number FROM payment WHERE community_id = ? ORDER BY receipt_number",
        String.class, estate.communityId());
    assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, 40)
        .mapToObj(n -> String.format("%s-2026-%06d", estate.code(), n)).toList());
  }
}
