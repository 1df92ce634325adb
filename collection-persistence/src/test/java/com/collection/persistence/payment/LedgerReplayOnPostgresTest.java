package com.collection.persistence.payment;

import com.collection.testsupport.PostgresTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
@PostgresTest
class LedgerReplayOnPostgresTest {

  @Autowired
  ApplicationContext context;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 11, 2026, 424242})
  void storedLedgerMatchesThePlainModelAndTheRollupsTheRecomputation(long seed) {
    new LedgerReplayCheck(context).run(seed);
  }
}
