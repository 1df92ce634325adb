package com.collection.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second instance of the application on the same database and schema as a test's context, as a
 * second app server would be: its own beans, connection pool and clock. Close it after the test.
 */
public final class SecondInstance {

  private SecondInstance() {
  }

  public static ConfigurableApplicationContext of(Environment first) {
    Map<String, Object> properties = new HashMap<>();
    for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
        "spring.datasource.driver-class-name", "spring.flyway.schemas")) {
      String value = first.getProperty(key);
      if (value != null) {
        properties.put(key, value);
      }
    }
    properties.put("spring.datasource.hikari.maximum-pool-size", "6");
    properties.put("spring.jpa.hibernate.ddl-auto", "validate");
    properties.put("collection.demo.enabled", "false");
    return new SpringApplicationBuilder(PersistenceTestApplication.class)
        .web(WebApplicationType.NONE).properties(properties).run();
  }
}
