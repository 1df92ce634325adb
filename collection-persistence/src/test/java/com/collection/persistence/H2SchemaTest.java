package com.collection.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same migrations run on H2 in PostgreSQL mode (the zero-setup default), and the entities
 * validate against them.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:h2schema;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.driver-class-name=org.h2.Driver",
    "spring.jpa.hibernate.ddl-auto=validate"})
class H2SchemaTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  Communities communities;

  @Test
  void migratesAndValidatesOnH2() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
    Community saved = communities.save(Community.create("测试小区", "HT", null, 1, List.of(), List.of(), null, 15));
    assertThat(communities.byId(saved.id())).isPresent();
  }
}
