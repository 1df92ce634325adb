package com.collection.web.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs {@link BrowserTest}s: skips (or, when required, fails) them without Chromium, starts the
 * shared demo application once, opens one browser per {@link Browser} parameter and quits them all
 * after the test, gives a {@link java.time.Clock} parameter the application's clock, and records each test that ran or was skipped under {@code target/}.
 */
class BrowserExtension implements ExecutionCondition, BeforeEachCallback, AfterEachCallback,
    ParameterResolver {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String INSTALL = "apt-get install chromium chromium-driver fonts-wqy-microhei";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);
  private static final AtomicBoolean toldHowToEnable = new AtomicBoolean();

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Which of the two is missing, for the messages. */
  private static String missing() {
    return Files.isExecutable(CHROMIUM) ? CHROMEDRIVER.toString()
        : Files.isExecutable(CHROMEDRIVER) ? CHROMIUM.toString() : CHROMIUM + " and " + CHROMEDRIVER;
  }

  private static String howToEnable() {
    return "Browser tests skipped: " + missing() + " missing; enable them with `" + INSTALL
        + "` (with COLLECTION_REQUIRE_BROWSER=true they fail instead).";
  }

  static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("COLLECTION_REQUIRE_BROWSER"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      // Decided per test, so that every skipped test is counted.
      return ConditionEvaluationResult.enabled("checked for each test");
    }
    if (installed()) {
      return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
    }
    if (required()) {
      return ConditionEvaluationResult.enabled("COLLECTION_REQUIRE_BROWSER=true: the test will fail");
    }
    if (toldHowToEnable.compareAndSet(false, true)) {
      System.out.println(howToEnable());
    }
    record("browser-tests-skipped.txt", name(context));
    return ConditionEvaluationResult.disabled(howToEnable());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!installed()) {
      throw new IllegalStateException("COLLECTION_REQUIRE_BROWSER=true but " + missing()
          + " missing: `" + INSTALL + "`");
    }
    app(context).baseUrl();
    record("browser-tests-ran.txt", name(context));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Browser.class || type == java.time.Clock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == java.time.Clock.class) {
      return app(context).clock();
    }
    Browser browser = Browser.open(app(context).baseUrl());
    openBrowsers(context).add(browser);
    return browser;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Browser> browsers = openBrowsers(context);
    for (Browser browser : browsers) {
      browser.close();
    }
    browsers.clear();
  }

  /** The one application of this JVM, closed by JUnit when the whole run ends. */
  private static RunningApp app(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .computeIfAbsent(RunningApp.class, key -> RunningApp.start(), RunningApp.class);
  }

  @SuppressWarnings("unchecked")
  private static List<Browser> openBrowsers(ExtensionContext context) {
    return context.getStore(NAMESPACE).computeIfAbsent("browsers", key -> new ArrayList<Browser>(),
        List.class);
  }

  private static String name(ExtensionContext context) {
    return context.getRequiredTestClass().getName() + "#" + context.getDisplayName();
  }

  private static synchronized void record(String file, String line) {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.writeString(target.resolve(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("Could not record " + line + " in " + file + ": " + e.getMessage());
    }
  }
}
