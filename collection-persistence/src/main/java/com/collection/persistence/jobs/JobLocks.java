package com.collection.persistence.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ShedLock's lock provider on the application's database (table {@code shedlock}, migration V12),
 * with the database's clock, so that instances whose clocks differ still agree on who holds a job.
 */
@Configuration(proxyBeanMethods = false)
class JobLocks {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
        .usingDbTime()
        .build());
  }
}
