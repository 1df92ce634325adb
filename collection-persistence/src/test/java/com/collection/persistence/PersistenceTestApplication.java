package com.collection.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring Boot configuration the persistence tests start: entities, repositories, adapters. */
@SpringBootApplication
public class PersistenceTestApplication {

  /** The persistence tests' "today": 2026-06-15 in Shanghai. */
  public static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
  }
}
