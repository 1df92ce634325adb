package com.collection.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test that runs on PostgreSQL: a Testcontainers server when Docker is reachable,
 * otherwise the server named by {@code COLLECTION_TEST_DB_URL}, in a fresh schema per Spring
 * context. Without either the test is skipped, unless {@code COLLECTION_REQUIRE_POSTGRES=true}.
 * Before each test the extension checks that the context's database really is PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresExtension.class)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface PostgresTest {
}
