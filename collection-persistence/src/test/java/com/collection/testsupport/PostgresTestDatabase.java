package com.collection.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Points a Spring test context at PostgreSQL: a Testcontainers server when a Docker engine is
 * reachable, otherwise a fresh schema on the server in {@code COLLECTION_TEST_DB_URL}. Schemas are
 * dropped when the test JVM ends; ones left by a killed run are dropped a day later.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String URL_VARIABLE = "COLLECTION_TEST_DB_URL";
  public static final String REQUIRE_VARIABLE = "COLLECTION_REQUIRE_POSTGRES";
  public static final String HOW_TO_ENABLE = "PostgreSQL tests skipped: set " + URL_VARIABLE
      + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres (or start a Docker engine) to run them";

  private static final String SCHEMA_PREFIX = "ctest_";
  private static final long STALE_AFTER_SECONDS = 24 * 3600;
  private static final List<String> createdSchemas = new ArrayList<>();
  private static Boolean dockerAvailable;
  private static PostgreSQLContainer container;

  /** Whether some PostgreSQL is configured or reachable for the tests. */
  public static synchronized boolean available() {
    return serverUrl() != null || docker();
  }

  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> properties = new HashMap<>();
    if (docker()) {
      PostgreSQLContainer server = container();
      String schema = createSchema(server.getJdbcUrl(), server.getUsername(), server.getPassword());
      properties.put("spring.datasource.url", withSchema(server.getJdbcUrl(), schema));
      properties.put("spring.datasource.username", server.getUsername());
      properties.put("spring.datasource.password", server.getPassword());
      properties.put("spring.flyway.schemas", schema);
    } else if (serverUrl() != null) {
      String schema = createSchema(serverUrl(), null, null);
      properties.put("spring.datasource.url", withSchema(serverUrl(), schema));
      properties.put("spring.flyway.schemas", schema);
    } else {
      throw new IllegalStateException("No PostgreSQL for the tests (" + REQUIRE_VARIABLE
          + " is set). " + HOW_TO_ENABLE);
    }
    properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    properties.put("spring.datasource.hikari.maximum-pool-size", "6");
    properties.put("spring.datasource.hikari.minimum-idle", "1");
    properties.put("collection.demo.enabled", "false");
    context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("postgres-test-database", properties));
  }

  private static String serverUrl() {
    String url = System.getenv(URL_VARIABLE);
    return url == null || url.isBlank() ? null : url.trim();
  }

  private static synchronized boolean docker() {
    if (dockerAvailable == null) {
      boolean found;
      try {
        found = DockerClientFactory.instance().isDockerAvailable();
      } catch (Throwable e) {
        found = false;
      }
      dockerAvailable = found;
    }
    return dockerAvailable;
  }

  private static synchronized PostgreSQLContainer container() {
    if (container == null) {
      container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
    }
    return container;
  }

  private static synchronized String createSchema(String url, String user, String password) {
    long now = System.currentTimeMillis() / 1000;
    String schema = SCHEMA_PREFIX + now + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    try (Connection connection = connect(url, user, password);
         Statement statement = connection.createStatement()) {
      dropStaleSchemas(statement, now);
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema on " + url + ": " + e.getMessage(), e);
    }
    if (createdSchemas.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchemas(url, user, password),
          "drop-test-schemas"));
    }
    createdSchemas.add(schema);
    return schema;
  }

  private static void dropStaleSchemas(Statement statement, long now) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + SCHEMA_PREFIX + "%'")) {
      while (rows.next()) {
        String name = rows.getString(1);
        String[] parts = name.substring(SCHEMA_PREFIX.length()).split("_");
        try {
          if (now - Long.parseLong(parts[0]) > STALE_AFTER_SECONDS) {
            stale.add(name);
          }
        } catch (NumberFormatException ignored) {
          // not one of ours
        }
      }
    }
    for (String name : stale) {
      statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  private static void dropSchemas(String url, String user, String password) {
    try (Connection connection = connect(url, user, password);
         Statement statement = connection.createStatement()) {
      for (String schema : createdSchemas) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    } catch (SQLException e) {
      System.err.println("Could not drop the test schemas " + createdSchemas + ": " + e.getMessage());
    }
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
  }

  private static String withSchema(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
