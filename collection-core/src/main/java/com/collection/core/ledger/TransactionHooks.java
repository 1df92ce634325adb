package com.collection.core.ledger;

import java.util.function.Consumer;

/**
 * Port: work to do once at the end of the current transaction, just before it commits. The values
 * collected under one key during the transaction are handed to the action together.
 */
public interface TransactionHooks {

  /**
   * Adds {@code value} to what the transaction collects under {@code key}; the first call of the
   * transaction registers {@code beforeCommit}, which gets everything collected.
   */
  <T> void collect(String key, T value, Consumer<java.util.List<T>> beforeCommit);
}
