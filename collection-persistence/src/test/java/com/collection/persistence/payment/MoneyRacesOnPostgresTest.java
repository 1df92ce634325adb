package com.collection.persistence.payment;

import com.collection.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/** {@link MoneyRacesCheck} on PostgreSQL: two application instances on one schema. */
@SpringBootTest
@PostgresTest
class MoneyRacesOnPostgresTest {

  @Autowired
  ConfigurableApplicationContext context;

  @Test
  void everyPairOfMoneyChangesOnOneUnitLeavesTheLedgerWhole() throws Exception {
    new MoneyRacesCheck(context).run(8);
  }
}
