package com.collection.persistence.billing;

import com.collection.testsupport.PostgresTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
@PostgresTest
class RollupRecomputationOnPostgresTest {

  @Autowired
  ApplicationContext context;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20261123})
  void rollupsEqualTheRecomputationFromBills(long seed) {
    new RollupRecomputationCheck(context).run(seed);
  }
}
