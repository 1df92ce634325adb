package com.collection.persistence.billing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The same check on H2 (the zero-setup default), whose rollup upsert is a MERGE. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:h2rollups;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.driver-class-name=org.h2.Driver"})
class RollupRecomputationOnH2Test {

  @Autowired
  ApplicationContext context;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void rollupsEqualTheRecomputationFromBills(long seed) {
    new RollupRecomputationCheck(context).run(seed);
  }
}
