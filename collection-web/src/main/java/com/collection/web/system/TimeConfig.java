package com.collection.web.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every use case reads, in the business time zone (default Asia/Shanghai). */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

  @Bean
  Clock clock(@Value("${collection.time-zone:Asia/Shanghai}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
