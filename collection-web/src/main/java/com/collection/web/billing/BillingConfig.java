package com.collection.web.billing;

import com.collection.core.billing.BillRunSettings;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bill runs' settings from the configuration ({@code collection.billing.*}). */
@Configuration(proxyBeanMethods = false)
class BillingConfig {

  @Bean
  BillRunSettings billRunSettings(
      @Value("${collection.billing.batch-size:#{T(com.collection.core.billing.BillRunSettings).DEFAULT.batchSize()}}") int batchSize,
      @Value("${collection.billing.stale-after:5m}") Duration staleAfter) {
    return new BillRunSettings(batchSize, staleAfter);
  }
}
