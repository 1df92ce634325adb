package com.collection.web.support;

import com.collection.testsupport.PostgresTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on PostgreSQL, driven over HTTP with MockMvc. Every web test uses this one
 * shape so that they share a single Spring context (and a single test schema). The application
 * also listens on a random port ({@code @LocalServerPort}) for what MockMvc can't show: what the
 * servlet container itself does (the {@code Location} of a redirect, Tomcat's own parsing of a
 * query string that is not UTF-8).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@PostgresTest
public @interface WebAppTest {
}
