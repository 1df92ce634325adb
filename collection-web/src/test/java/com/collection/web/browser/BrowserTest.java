package com.collection.web.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the real application in headless Chromium. Each {@link Browser} parameter of a
 * test method is a fresh browser (own profile) on the one demo application shared by all browser
 * tests of the JVM; it is closed after the test.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are skipped with
 * one line saying how to enable them, unless {@code COLLECTION_REQUIRE_BROWSER=true}, when they
 * fail. Tests that ran, and tests that were skipped, are listed in
 * {@code target/browser-tests-ran.txt} and {@code target/browser-tests-skipped.txt}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
