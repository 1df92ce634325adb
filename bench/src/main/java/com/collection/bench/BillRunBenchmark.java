package com.collection.bench;

import com.collection.core.billing.BillRunSettings;
import com.collection.core.staff.PasswordHasher;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The company-scale bill-run benchmark: core's use cases on the persistence adapters, as in the
 * application, against the PostgreSQL database in {@code spring.datasource.url}. See
 * {@code bench/bill-run.sh}, {@code bench/kill-and-resume.sh} and the README's "Benchmarks".
 */
@SpringBootApplication(scanBasePackages = {"com.collection.core", "com.collection.persistence", "com.collection.bench"})
@AutoConfigurationPackage(basePackages = "com.collection.persistence")
public class BillRunBenchmark {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(BillRunBenchmark.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    int status;
    try (ConfigurableApplicationContext context = application.run(args)) {
      status = switch (context.getEnvironment().getProperty("bench.mode", "bill-run")) {
        case "bill-run" -> context.getBean(BillRunBench.class).run();
        case "kill-start" -> context.getBean(KillAndResume.class).start();
        case "kill-resume" -> context.getBean(KillAndResume.class).resume();
        default -> throw new IllegalArgumentException("bench.mode is bill-run, kill-start or kill-resume");
      };
    }
    System.exit(status);
  }

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** The application's settings for bill runs, from {@code collection.billing.*} as in the app. */
  @Bean
  BillRunSettings billRunSettings(@Value("${collection.billing.batch-size:2000}") int batchSize,
      @Value("${collection.billing.stale-after:5m}") Duration staleAfter) {
    return new BillRunSettings(batchSize, staleAfter);
  }

  /** The demo staff's passwords are never used here: no real hashing needed. */
  @Bean
  PasswordHasher passwordHasher() {
    return new PasswordHasher() {
      @Override
      public String hash(String raw) {
        return "bench:" + raw;
      }

      @Override
      public boolean matches(String raw, String hash) {
        return hash.equals("bench:" + raw);
      }
    };
  }
}
