package com.collection.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Skips PostgreSQL tests when no server is available (unless required), and before each test
 * asserts that the Spring context's database really is PostgreSQL. Each test that ran on
 * PostgreSQL, and each that was skipped, is written to {@code target/} so CI can count them.
 */
class PostgresExtension implements ExecutionCondition, BeforeEachCallback {

  private static final AtomicBoolean toldHowToEnable = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (PostgresTestDatabase.available() || PostgresTestDatabase.required()) {
      return ConditionEvaluationResult.enabled("PostgreSQL available");
    }
    if (toldHowToEnable.compareAndSet(false, true)) {
      System.out.println(PostgresTestDatabase.HOW_TO_ENABLE);
    }
    record("postgres-tests-skipped.txt", context.getUniqueId());
    return ConditionEvaluationResult.disabled(PostgresTestDatabase.HOW_TO_ENABLE);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    DataSource dataSource = SpringExtension.getApplicationContext(context).getBean(DataSource.class);
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!"PostgreSQL".equals(product)) {
        throw new AssertionError("Expected to run on PostgreSQL but the database is " + product);
      }
    }
    record("postgres-tests-ran.txt", context.getRequiredTestClass().getName() + "#"
        + context.getDisplayName());
  }

  private static synchronized void record(String file, String line) {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.writeString(target.resolve(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("Could not record " + line + " in " + file + ": " + e.getMessage());
    }
  }
}
