package com.collection.persistence.payment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@link MoneyRacesCheck} on H2 (the zero-setup default, where the void raced a payment
 * into money on a voided bill): two application instances on one in-memory database, the same
 * context as the H2 rollup checks.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:h2rollups;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.driver-class-name=org.h2.Driver"})
class MoneyRacesOnH2Test {

  @Autowired
  ConfigurableApplicationContext context;

  @Test
  void everyPairOfMoneyChangesOnOneUnitLeavesTheLedgerWhole() throws Exception {
    new MoneyRacesCheck(context).run(4);
  }
}
