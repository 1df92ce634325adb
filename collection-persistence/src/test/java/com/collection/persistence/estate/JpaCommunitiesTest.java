package com.collection.persistence.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.estate.BankDetails;
import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.shared.ContactWindow;
import com.collection.testsupport.PostgresTest;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@PostgresTest
class JpaCommunitiesTest {

  @Autowired
  Communities communities;

  @Autowired
  DataSource dataSource;

  @Test
  void runsOnPostgresWithTheMigratedSchema() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    Integer tables = new JdbcTemplate(dataSource).queryForObject(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'community' AND table_schema = current_schema()",
        Integer.class);
    assertThat(tables).isEqualTo(1);
  }

  @Test
  void storesAndLoadsACommunityWithItsWindowsAndBank() {
    Community saved = communities.save(Community.create("阳光花园", "sgA", "幸福路 1 号", 1,
        ContactWindow.parseList("09:30-12:00,15:00-18:00", "w"),
        ContactWindow.parseList("10:30-12:00", "w"),
        new BankDetails("阳光物业", "工商银行", "6222000011112222"), 15));

    Community loaded = communities.byId(saved.id()).orElseThrow();

    assertThat(loaded.name()).isEqualTo("阳光花园");
    assertThat(loaded.code()).isEqualTo("SGA");
    assertThat(loaded.weekdayWindows()).hasSize(2);
    assertThat(loaded.weekendWindows()).extracting(ContactWindow::toString).containsExactly("10:30-12:00");
    assertThat(loaded.bank().accountNumber()).isEqualTo("6222000011112222");
    assertThat(communities.codeTaken("SGA", null)).isTrue();
    assertThat(communities.codeTaken("SGA", saved.id())).isFalse();
  }

  @Test
  void theSchemaRefusesADuplicateCode() {
    communities.save(Community.create("一号", "DUP", null, 1, List.of(), List.of(), null, 15));
    assertThatThrownBy(() ->
        communities.save(Community.create("二号", "DUP", null, 1, List.of(), List.of(), null, 15)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
