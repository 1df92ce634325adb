package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with its own fresh profile, pointed at the shared application, with the
 * few steps the browser tests repeat. The Debian chromium and chromedriver are used as they are, so
 * Selenium Manager never downloads anything.
 */
public final class Browser {

  static final String DEMO_PASSWORD = "demo1234";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);
  /**
   * Debian's Chromium is newer than Selenium's DevTools bindings, which Selenium warns about on every
   * browser. These tests only use WebDriver and chromedriver's own CDP endpoint, so that is noise.
   */
  private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;

  private Browser(ChromeDriver driver, Path profile, String baseUrl) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
  }

  static Browser open(String baseUrl) {
    Path profile;
    try {
      profile = Files.createTempDirectory("collection-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(BrowserExtension.CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserExtension.CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1366,900", "--user-data-dir=" + profile);
    ChromeDriver driver = new ChromeDriver(service, options);
    // every page notes what its Content-Security-Policy blocked (an inline script, an inline style)
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
            e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"""));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(WAIT);
    return new Browser(driver, profile, baseUrl);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the application, such as {@code /units?communityId=2}. */
  void get(String path) {
    driver.get(baseUrl + path);
  }

  /** The current address without the scheme, host and port. */
  String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  /** Signs in on the sign-in page with the demo password and waits for the page that follows. */
  void signIn(String username) {
    get("/login");
    signInHere(username);
  }

  /** Fills in the sign-in form already on screen. */
  void signInHere(String username) {
    find("#username").sendKeys(username);
    find("#password").sendKeys(DEMO_PASSWORD);
    clickAndWaitForPage(find("button[type=submit]"));
    assertThat(path()).as("%s signs in; the page says: %s", username, bodyText())
        .doesNotStartWith("/login");
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  boolean has(String css) {
    return !findAll(css).isEmpty();
  }

  String text(String css) {
    return find(css).getText();
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Clicks something that loads a new page and waits until the new page is there. */
  void clickAndWaitForPage(WebElement element) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    // below the fold (the staff home lists its buildings under the worklist): scroll at once, as
    // Bootstrap's smooth scrolling would move the element away from the point Selenium clicks
    driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
    new WebDriverWait(driver, WAIT).until(d -> isGone(oldPage));
    new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
        driver.executeScript("return document.readyState")));
  }

  /**
   * Whether the element left the document. Chromium says so either as a stale element or, when the
   * old page is torn down in the middle of the question, as "does not belong to the document".
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  void clickAndWaitForPage(String css) {
    clickAndWaitForPage(find(css));
  }

  /**
   * Clicks what may be below the fold and waits for the next page (Bootstrap scrolls smoothly,
   * which a plain click would not wait for).
   */
  void click(String css) {
    WebElement element = find(css);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    clickAndWaitForPage(element);
  }

  /**
   * Prints the page to PDF as Chromium would on paper (the page's own {@code @page} size), keeps it
   * next to the screenshots and returns its bytes as ISO-8859-1 text, to look for PDF objects in.
   */
  String printToPdf(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> pdf = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand(
        "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".pdf"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** How many pages the printed page has. */
  int pdfPages(String name) {
    return (int) java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(printToPdf(name)).results()
        .count();
  }

  /** Each printed page's size in points, rounded, as "595x842" (A4). */
  List<String> pdfPageSizes(String name) {
    return java.util.regex.Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*]")
        .matcher(printToPdf(name)).results()
        .map(m -> Math.round(Double.parseDouble(m.group(1))) + "x" + Math.round(Double.parseDouble(m.group(2))))
        .toList();
  }

  /** Types into a form field after clearing it. */
  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** The value of the option of a select whose visible text is {@code text}. */
  String optionValue(String selectCss, String text) {
    return new Select(find(selectCss)).getOptions().stream()
        .filter(option -> option.getText().trim().equals(text))
        .map(option -> option.getDomAttribute("value"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option '" + text + "' in " + selectCss));
  }

  /** The rows of the unit list ({@code #units}) on screen; none when the list is absent. */
  List<UnitRow> unitRows() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) driver.executeScript("""
        return Array.from(document.querySelectorAll('#units tbody tr')).map(tr => {
          const td = tr.querySelectorAll('td');
          const link = tr.querySelector('a.unit-link');
          return {community: td[0].innerText.trim(), building: td[1].innerText.trim(),
                  number: link ? link.innerText.trim() : '', href: link ? link.getAttribute('href') : '',
                  owners: td[6].innerText.trim(), phones: td[7].innerText.trim()};
        });""");
    return rows.stream().map(r -> new UnitRow((String) r.get("community"), (String) r.get("building"),
        (String) r.get("number"), (String) r.get("href"), (String) r.get("owners"),
        (String) r.get("phones"))).toList();
  }

  /** The HTTP status of a GET of {@code path} with this browser's session (the page stays). */
  long status(String path) {
    Object status = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})
          .then(response => done(response.status)).catch(error => done(-1));""", baseUrl + path);
    return ((Number) status).longValue();
  }

  /** Makes the page a phone screen of {@code width} x {@code height} CSS pixels (touch, mobile viewport). */
  void phone(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** What the page's Content-Security-Policy blocked so far. */
  @SuppressWarnings("unchecked")
  List<String> cspViolations() {
    Object violations = driver.executeScript("return window.__cspViolations || []");
    return (List<String>) violations;
  }

  /**
   * Clicks a button that should print the page: whether it called {@code window.print()} (replaced
   * for the click, so that no dialog opens).
   */
  boolean clickPrints(String css) {
    driver.executeScript("window.__printed = false; window.__print = window.print;"
        + " window.print = () => { window.__printed = true; };");
    find(css).click();
    Object printed = driver.executeScript("const p = window.__printed; window.print = window.__print; return p;");
    return Boolean.TRUE.equals(printed);
  }

  /**
   * Saves what the browser shows as {@code target/screenshots/<name>.png}, once the page is seen to
   * have had nothing blocked by its Content-Security-Policy.
   */
  Path screenshot(String name) {
    assertThat(cspViolations()).as("what the Content-Security-Policy blocked on %s (%s)", path(), name).isEmpty();
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quits the browser and deletes its profile. */
  void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      } catch (IOException e) {
        // A temporary directory: the OS cleans it up eventually.
      }
    }
  }

  /** One row of the unit list as it is shown. */
  record UnitRow(String community, String building, String number, String href, String owners,
      String phones) {

    String firstOwner() {
      return owners.split("、")[0].trim();
    }

    String firstPhone() {
      return phones.split(",")[0].trim();
    }
  }
}
