package com.collection.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.ledger.BillRef;
import com.collection.core.ledger.MoneyEffects;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.Money;
import com.collection.core.shared.NotFoundException;
import com.collection.persistence.billing.BillingFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unit lock's record of what the current transaction holds, which the money-effects writer
 * checks (the same H2 context as the rollup checks).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:h2rollups;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.driver-class-name=org.h2.Driver"})
class MoneyLocksOnH2Test {

  @Autowired
  ApplicationContext context;
  @Autowired
  MoneyLocks locks;
  @Autowired
  MoneyEffects moneyEffects;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  JdbcTemplate jdbc;

  private TransactionTemplate inTransaction(int propagation) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(propagation);
    return template;
  }

  @Test
  void aTransactionHoldsWhatItLockedUntilItEnds() {
    List<Long> units = BillingFixtures.create(context).unitIds();
    long a = units.get(0);
    long b = units.get(1);
    inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
      assertThat(locks.holds(a)).isFalse();
      locks.lockUnit(a);
      assertThat(locks.holds(a)).isTrue();
      assertThat(locks.holds(b)).isFalse();
      locks.lockUnits(List.of(units.get(3), units.get(2), a));
      assertThat(units.subList(0, 4).stream().filter(locks::holds)).hasSize(3);
    });
    assertThat(locks.holds(a)).as("after the transaction").isFalse();
    inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status ->
        assertThat(locks.holds(a)).as("in the next transaction").isFalse());
  }

  @Test
  void aNewTransactionInsideAnotherHoldsNoneOfItsLocksAndGivesItNoneOfItsOwn() {
    List<Long> units = BillingFixtures.create(context).unitIds();
    long outer = units.get(0);
    long inner = units.get(1);
    inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
      locks.lockUnit(outer);
      inTransaction(TransactionDefinition.PROPAGATION_REQUIRES_NEW).executeWithoutResult(nested -> {
        assertThat(locks.holds(outer)).as("the outer transaction's lock, in the inner one").isFalse();
        locks.lockUnit(inner);
        assertThat(locks.holds(inner)).isTrue();
      });
      assertThat(locks.holds(outer)).isTrue();
      assertThat(locks.holds(inner)).as("the inner transaction's lock, after it ended").isFalse();
    });
  }

  @Test
  void lockingNeedsATransactionAndAUnitThatExists() {
    long unit = BillingFixtures.create(context).flat();
    // (an IllegalStateException, which the repository's exception translation wraps)
    assertThatThrownBy(() -> locks.lockUnit(unit)).hasMessageContaining("there is none");
    long missing = jdbc.queryForObject("SELECT MAX(id) + 1000 FROM unit", Long.class);
    inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
      assertThatThrownBy(() -> locks.lockUnits(List.of(unit, missing))).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> locks.lockUnit(missing)).isInstanceOf(NotFoundException.class);
    });
  }

  @Test
  void theEffectsWriterRefusesAUnitWhoseLockTheTransactionDoesNotHold() {
    List<Long> units = BillingFixtures.create(context).unitIds();
    BillRef bill = new BillRef(1, units.get(1), 1, 2026, LocalDate.of(2026, 6, 15), Money.of("1.00"), false, null);
    long effectsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM money_effect", Long.class);
    inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
      locks.lockUnit(units.get(0));
      assertThatThrownBy(() -> moneyEffects.billVoided(bill, LocalDate.of(2026, 6, 15)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("unit " + units.get(1));
      status.setRollbackOnly();
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM money_effect", Long.class)).isEqualTo(effectsBefore);
  }
}
