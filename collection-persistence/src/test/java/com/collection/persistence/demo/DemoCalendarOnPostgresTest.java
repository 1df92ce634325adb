package com.collection.persistence.demo;

import com.collection.testsupport.PostgresTest;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The demo company generated on the days where dates go wrong: new year's day and the day after,
 * the end of February in a common and a leap year and the day after, mid-year, month ends, a
 * Monday and a Sunday, and just after midnight and just before midnight in Shanghai (16:30 and
 * 15:30 UTC). Each run starts from an empty schema (Flyway clean, then migrate).
 */
@SpringBootTest(properties = "spring.flyway.clean-disabled=false")
@PostgresTest
class DemoCalendarOnPostgresTest {

  @Autowired
  ApplicationContext context;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2027-01-01T02:00:00Z",   // 10:00 on new year's day
      "2027-01-02T02:00:00Z",
      "2027-02-28T02:00:00Z",
      "2028-02-29T02:00:00Z",   // leap day
      "2028-03-01T02:00:00Z",
      "2027-06-30T02:00:00Z",
      "2026-12-01T02:00:00Z",
      "2026-12-02T02:00:00Z",
      "2027-12-31T02:00:00Z",
      "2027-03-15T02:00:00Z",   // a Monday
      "2027-03-14T02:00:00Z",   // a Sunday
      "2026-12-31T16:30:00Z",   // 00:30 on 2027-01-01 in Shanghai, still the old year in UTC
      "2027-01-01T15:30:00Z"})  // 23:30 on 2027-01-01 in Shanghai
  void theDemoKeepsItsPromisesOn(String now) {
    new DemoCalendarCheck(context).run(Instant.parse(now));
  }
}
