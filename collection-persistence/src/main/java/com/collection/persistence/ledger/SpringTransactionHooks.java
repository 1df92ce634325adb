package com.collection.persistence.ledger;

import com.collection.core.ledger.TransactionHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects values in a resource bound to the current transaction and hands them to the action in
 * {@code beforeCommit}: every write of the transaction is done by then, the locks are still held,
 * and an exception still rolls everything back. Outside a synchronised transaction the action runs
 * at once.
 */
@Component
class SpringTransactionHooks implements TransactionHooks {

  @Override
  @SuppressWarnings("unchecked")
  public <T> void collect(String key, T value, Consumer<List<T>> beforeCommit) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      beforeCommit.accept(List.of(value));
      return;
    }
    List<T> collected = (List<T>) TransactionSynchronizationManager.getResource(key);
    if (collected != null) {
      collected.add(value);
      return;
    }
    List<T> fresh = new ArrayList<>();
    fresh.add(value);
    TransactionSynchronizationManager.bindResource(key, fresh);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        // unbound first: what the action changes may add values again, for a round of their own
        List<T> all = (List<T>) TransactionSynchronizationManager.unbindResource(key);
        beforeCommit.accept(all);
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
      }
    });
  }
}
