package com.collection.web.browser;

import com.collection.CollectionApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application every browser test talks to: started once per JVM on a random port with an
 * in-memory H2 database in demo mode, so the deterministic demo company is there. If it fails to
 * start, every browser test fails with that same cause (a second start would only find the half
 * migrated in-memory database).
 */
final class RunningApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final RuntimeException startFailure;
  private final String baseUrl;

  private RunningApp(ConfigurableApplicationContext context, RuntimeException startFailure) {
    this.context = context;
    this.startFailure = startFailure;
    this.baseUrl = context == null ? null
        : "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  static RunningApp start() {
    try {
      return new RunningApp(new SpringApplicationBuilder(CollectionApplication.class).run(
          "--server.port=0",
          "--spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
              + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "--spring.datasource.username=sa",
          "--spring.datasource.password=",
          "--collection.demo.enabled=true"), null);
    } catch (RuntimeException e) {
      return new RunningApp(null, e);
    }
  }

  /** Like {@code http://localhost:41234}, without a trailing slash. */
  String baseUrl() {
    if (startFailure != null) {
      throw new IllegalStateException("The application for the browser tests did not start: "
          + startFailure.getMessage(), startFailure);
    }
    return baseUrl;
  }

  /** The application's clock: the tests' "today" is its business day, never the machine's. */
  java.time.Clock clock() {
    baseUrl();
    return context.getBean(java.time.Clock.class);
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }
}
