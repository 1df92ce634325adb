package com.collection.persistence;

import com.collection.core.staff.PasswordHasher;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot configuration the persistence tests start: entities, repositories and adapters,
 * with core's use cases on top of them.
 */
@SpringBootApplication(scanBasePackages = {"com.collection.core", "com.collection.persistence"})
public class PersistenceTestApplication {

  /** The persistence tests' "today": 2026-06-15 in Shanghai. */
  public static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");

  /** Not a real hash: enough for tests that never sign in. */
  @Bean
  PasswordHasher passwordHasher() {
    return new PasswordHasher() {
      @Override
      public String hash(String raw) {
        return "plain:" + raw;
      }

      @Override
      public boolean matches(String raw, String hash) {
        return hash.equals("plain:" + raw);
      }
    };
  }

  @Bean
  MutableClock clock() {
    return new MutableClock(NOW, ZoneId.of("Asia/Shanghai"));
  }
}
