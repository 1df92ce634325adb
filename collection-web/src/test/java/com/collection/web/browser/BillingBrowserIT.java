package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manager bills the demo company in a real browser: a future rate on the fee-items page, a bill
 * run for next month with its preview, the new bill with its basis on a unit's page, voiding and
 * reissuing it; bad input gets its message in place; staff are kept out of billing.
 *
 * <p>The demo company has bills up to the current month (business time zone Asia/Shanghai), so next
 * month is not billed yet. Only this test bills it.
 */
@BrowserTest
class BillingBrowserIT {

  private static final String COMMUNITY = "阳光花园";
  private static final String SERVICE_FEE = "物业服务费";
  private static final Duration RUN_WAIT = Duration.ofSeconds(60);
  private static final Pattern YUAN = Pattern.compile("¥[\\d,]+\\.\\d{2}");
  private static final Pattern AREA = Pattern.compile("(\\d+\\.\\d+) ㎡");

  @Test
  void aManagerAddsAFutureRateRunsNextMonthAndVoidsAndReissuesABill(Browser browser, java.time.Clock clock) {
    YearMonth thisMonth = YearMonth.now(clock);
    String nextMonth = thisMonth.plusMonths(1).toString();
    LocalDate rateFrom = thisMonth.plusMonths(2).atDay(1);

    // 1. The billing pages from the top navigation; a future rate for shops.
    browser.signIn("manager");
    browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("#mainNav"))
        .findElement(By.linkText("账单")));
    assertThat(browser.path()).startsWith("/billing/runs");
    assertThat(browser.text("h1")).isEqualTo("账单运行");
    assertThat(browser.findAll("#runs tbody tr")).as("the demo company's runs").isNotEmpty();
    assertThat(browser.text("#runs tbody")).contains(COMMUNITY, thisMonth.toString(), "已完成");
    browser.screenshot("billing-runs");

    browser.clickAndWaitForPage(link("a.fee-items-link", COMMUNITY, browser));
    assertThat(browser.text("#fee-items-title")).contains(COMMUNITY, "收费项目");
    String card = "#" + feeItemCard(browser, SERVICE_FEE).getDomAttribute("id");
    long itemId = Long.parseLong(card.substring("#fee-item-".length()));
    int ratesBefore = browser.findAll(card + " table.rates tbody tr").size();
    assertThat(rateRows(browser, card)).as("the demo rates, with two decimals")
        .anySatisfy(row -> assertThat(row).startsWith("住宅").endsWith("2.80"))
        .anySatisfy(row -> assertThat(row).startsWith("商铺").endsWith("4.50"));

    addRate(browser, itemId, "COMMERCIAL", rateFrom, "5.00");
    assertThat(browser.path()).endsWith("/fee-items");
    assertThat(browser.text(".alert-success")).contains("单价已添加");
    assertThat(browser.findAll(card + " table.rates tbody tr")).hasSize(ratesBefore + 1);
    assertThat(rateRows(browser, card)).contains(List.of("商铺", rateFrom.toString(), "5.00"));
    browser.screenshot("fee-items");

    // 2. A bill run for next month: community, fee item, period, preview, run.
    browser.clickAndWaitForPage(link(".breadcrumb a", "账单", browser));
    browser.clickAndWaitForPage("#new-run");
    assertThat(browser.path()).startsWith("/billing/runs/new");
    new Select(browser.find("#choose-community")).selectByVisibleText(COMMUNITY);
    browser.clickAndWaitForPage("#community-choice button[type=submit]");
    assertThat(new Select(browser.find("#choose-community")).getFirstSelectedOption().getText()).isEqualTo(COMMUNITY);
    browser.find("#item-" + itemId).click();
    browser.type("#period", nextMonth);
    clickAndWaitForPage(browser, browser.find("#preview"));

    assertThat(browser.has("#run-preview")).as("the preview is shown; the page says: %s", browser.bodyText()).isTrue();
    long previewUnits = count(browser.text("#preview-units"));
    long previewBills = count(browser.text("#preview-bills"));
    String previewTotal = browser.text("#preview-total");
    assertThat(previewUnits).as("units of %s", COMMUNITY).isPositive();
    assertThat(previewBills).isPositive().isLessThan(previewUnits);
    assertThat(previewTotal).matches(YUAN);
    assertThat(browser.text("#preview-skipped")).as("parking spaces have no rate for the service fee")
        .contains("该用途无单价");
    assertThat(browser.text("#run")).contains(browser.text("#preview-bills"));
    showFromTop(browser, browser.find("#run-preview"));
    browser.screenshot("run-preview");

    clickAndWaitForPage(browser, browser.find("#run"));
    assertThat(browser.path()).startsWith("/billing/runs/");
    String runPath = browser.path();
    assertThat(browser.text("#run-title")).contains("账单运行");
    waitUntilDone(browser, runPath);
    assertThat(count(browser.text("#run-bills"))).as("bills written").isEqualTo(previewBills);
    assertThat(browser.text("#run-total")).isEqualTo(previewTotal);
    assertThat(browser.text("#run-details")).contains(COMMUNITY, nextMonth, SERVICE_FEE);
    browser.screenshot("run-done");

    browser.get("/billing/runs");
    assertThat(browser.findAll("#runs tbody tr").get(0).getText())
        .as("the newest run comes first").contains(COMMUNITY, nextMonth, "已完成");

    // 3. A flat of that community: next month's bill with its basis.
    browser.get("/units");
    String communityId = browser.optionValue("#unit-search select[name=communityId]", COMMUNITY);
    browser.get("/units?communityId=" + communityId);
    String unitPath = firstUnit(browser, "住宅", "已入住");
    browser.get(unitPath);
    Matcher area = AREA.matcher(browser.text("#unit-details"));
    assertThat(area.find()).as("the area on %s: %s", unitPath, browser.text("#unit-details")).isTrue();
    String areaText = area.group(1);

    List<WebElement> newBills = billRows(browser, nextMonth);
    assertThat(newBills).as("%s's bill for %s", unitPath, nextMonth).hasSize(1);
    WebElement bill = newBills.get(0);
    assertThat(cell(bill, 1)).isEqualTo(SERVICE_FEE);
    assertThat(bill.findElement(By.cssSelector(".bill-basis")).getText())
        .isEqualTo("2.80 元/㎡·月 × " + areaText + " ㎡ × 1 个月");
    String amount = String.format(Locale.ROOT, "%,.2f",
        new BigDecimal("2.80").multiply(new BigDecimal(areaText)).setScale(2, RoundingMode.HALF_UP));
    assertThat(cell(bill, 3)).as("amount").isEqualTo(amount);
    assertThat(cell(bill, 5)).as("outstanding").isEqualTo(amount);
    assertThat(cell(bill, 6)).contains("已出账");
    scrollTo(browser, bill);
    browser.screenshot("unit-bills");

    // 4. Void it with a reason, then reissue the period.
    String reason = "面积录入错误，按实测面积重开";
    WebElement voidForm = bill.findElement(By.cssSelector(".void-form"));
    assertThat(voidForm.isDisplayed()).as("the reason field shows only after 作废 is clicked").isFalse();
    bill.findElement(By.cssSelector(".void-details summary")).click();
    voidForm.findElement(By.cssSelector("input[name=reason]")).sendKeys(reason);
    scrollTo(browser, bill);
    browser.screenshot("unit-bill-void-reason");
    clickAndWaitForPage(browser, voidForm.findElement(By.cssSelector("button[type=submit]")));
    assertThat(browser.path()).isEqualTo(unitPath);
    assertThat(browser.text(".alert-success")).contains("账单已作废");
    bill = billRows(browser, nextMonth).get(0);
    assertThat(cell(bill, 6)).contains("已作废", reason);
    assertThat(bill.findElements(By.cssSelector(".void-form"))).as("a voided bill can't be voided again").isEmpty();
    scrollTo(browser, bill);
    browser.screenshot("unit-bill-voided");

    clickAndWaitForPage(browser, bill.findElement(By.cssSelector(".reissue-form button[type=submit]")));
    assertThat(browser.text(".alert-success")).contains("重新出账");
    List<WebElement> revisions = billRows(browser, nextMonth + "（第 1 版）");
    assertThat(revisions).as("the reissued bill").hasSize(1);
    assertThat(cell(revisions.get(0), 6)).contains("已出账");
    assertThat(cell(revisions.get(0), 3)).isEqualTo(amount);
    assertThat(revisions.get(0).findElement(By.cssSelector(".bill-basis")).getText()).contains("2.80 元/㎡·月");
    bill = billRows(browser, nextMonth).get(0);
    assertThat(cell(bill, 6)).as("the voided one stays").contains("已作废", reason);
    assertThat(bill.findElements(By.cssSelector(".reissue-form"))).as("its period is billed again").isEmpty();
    scrollTo(browser, bill);
    browser.screenshot("unit-bill-reissued");

    // The preview in English, for the month the new shop rate starts (5.00 instead of 4.50).
    browser.get("/billing/runs/new?communityId=" + communityId + "&lang=en");
    assertThat(browser.text("h1")).isEqualTo("New bill run");
    browser.find("#item-" + itemId).click();
    browser.type("#period", rateFrom.toString().substring(0, 7));
    clickAndWaitForPage(browser, browser.find("#preview"));
    assertThat(browser.text("#run-preview")).contains("Preview", "Units", "Bills to issue", "Total",
        "No rate for its use");
    assertThat(count(browser.text("#preview-bills"))).isEqualTo(previewBills);
    assertThat(yuan(browser.text("#preview-total"))).as("shops pay the new rate from %s", rateFrom)
        .isGreaterThan(yuan(previewTotal));
    showFromTop(browser, browser.find("#run-preview"));
    browser.screenshot("billing-en");

    browser.get(unitPath);
    assertThat(billRows(browser, nextMonth + " (revision 1)")).singleElement()
        .satisfies(row -> assertThat(row.findElement(By.cssSelector(".bill-basis")).getText())
            .isEqualTo("¥2.80/m²/month × " + areaText + " m² × 1 month"));
  }

  @Test
  void badRatesAndPeriodsAreShownWhereTheyWereTyped(Browser browser, java.time.Clock clock) {
    browser.signIn("manager");
    browser.get("/billing/runs");
    browser.clickAndWaitForPage(link("a.fee-items-link", COMMUNITY, browser));
    String communityId = browser.path().replaceAll("\\D+", " ").trim();
    String card = "#" + feeItemCard(browser, SERVICE_FEE).getDomAttribute("id");
    long itemId = Long.parseLong(card.substring("#fee-item-".length()));
    List<List<String>> rates = rateRows(browser, card);

    addRate(browser, itemId, "RESIDENTIAL", YearMonth.now(clock).plusMonths(3).atDay(1), "1.23456");
    assertThat(browser.has(card + " .rate-errors")).as("the error is on the item's card; the page says: %s",
        browser.bodyText()).isTrue();
    assertThat(browser.text(card + " .rate-errors")).contains("4 位小数");
    assertThat(browser.find("#rate-" + itemId).getDomProperty("value")).as("what was typed stays").isEqualTo("1.23456");
    browser.screenshot("fee-items-bad-rate");
    assertThat(rateRows(browser, card)).isEqualTo(rates);
    browser.get("/billing/runs");
    browser.clickAndWaitForPage(link("a.fee-items-link", COMMUNITY, browser));
    assertThat(rateRows(browser, card)).as("nothing was added").isEqualTo(rates);

    browser.get("/billing/runs/new?communityId=" + communityId);
    browser.find("#item-" + itemId).click();
    browser.type("#period", "2026/13");
    clickAndWaitForPage(browser, browser.find("#preview"));
    assertThat(browser.text("#period-error")).contains("账期格式");
    assertThat(browser.find("#period").getDomAttribute("class")).contains("is-invalid");
    assertThat(browser.find("#period").getDomProperty("value")).isEqualTo("2026/13");
    assertThat(browser.find("#item-" + itemId).isSelected()).as("the chosen item stays ticked").isTrue();
    assertThat(browser.has("#run-preview")).isFalse();
    browser.screenshot("run-bad-period");
  }

  @Test
  void staffCannotOpenTheBillingPages(Browser browser) {
    browser.signIn("staff1");
    assertThat(browser.driver().findElements(By.linkText("账单"))).as("no billing link for staff").isEmpty();
    browser.get("/billing/runs");
    assertThat(browser.text("#denied-message")).contains("无权");
    assertThat(browser.has("#runs") || browser.has("#new-run")).isFalse();
    assertThat(browser.status("/billing/runs")).isEqualTo(403);
    assertThat(browser.status("/billing/runs/new")).isEqualTo(403);
  }

  // --- steps and readings ---

  /**
   * Scrolls an element to the middle of the screen and clicks it. (Headless Chromium's screen is
   * shorter than its window, so Selenium's own scrolling can leave the element under the edge.)
   */
  private static void clickAndWaitForPage(Browser browser, WebElement element) {
    scrollTo(browser, element);
    browser.clickAndWaitForPage(element);
  }

  private static void scrollTo(Browser browser, WebElement element) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
  }

  /** Scrolls so that the element starts at the top of the screen, for a screenshot of it. */
  private static void showFromTop(Browser browser, WebElement element) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", element);
  }

  /** Adds a rate on the fee-items page through the item's own form. */
  private static void addRate(Browser browser, long itemId, String use, LocalDate from, String rate) {
    new Select(browser.find("#use-" + itemId)).selectByValue(use);
    // A date input takes what is typed in the browser's locale; its value is always ISO.
    browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find("#from-" + itemId),
        from.toString());
    browser.type("#rate-" + itemId, rate);
    clickAndWaitForPage(browser, browser.find("#fee-item-" + itemId + " .rate-form button[type=submit]"));
  }

  private static WebElement link(String css, String text, Browser browser) {
    return browser.findAll(css).stream().filter(a -> a.getText().trim().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + css + " '" + text + "' on " + browser.path()));
  }

  private static WebElement feeItemCard(Browser browser, String name) {
    return browser.findAll(".fee-item").stream()
        .filter(card -> card.findElement(By.cssSelector(".card-header strong")).getText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fee item " + name + " on " + browser.path()));
  }

  /** The rate table of a fee item: use, effective from, rate, as shown. */
  @SuppressWarnings("unchecked")
  private static List<List<String>> rateRows(Browser browser, String card) {
    return (List<List<String>>) browser.driver().executeScript("""
        return Array.from(document.querySelectorAll(arguments[0] + ' table.rates tbody tr'))
          .map(tr => Array.from(tr.querySelectorAll('td')).map(td => td.innerText.trim()));""", card);
  }

  /** Waits (reloading) until the run page says the run is done; fails at once if it failed. */
  private static void waitUntilDone(Browser browser, String runPath) {
    new WebDriverWait(browser.driver(), RUN_WAIT, Duration.ofSeconds(1))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "the run at " + runPath + " is done; the page says: " + browser.bodyText())
        .until(driver -> {
          String status = browser.text("#run-status");
          assertThat(status).as("the run's status").isNotEqualTo("失败");
          if (status.equals("已完成")) {
            return true;
          }
          browser.get(runPath);
          return false;
        });
  }

  /** The first unit on the list with this use and occupancy (as shown), by its address. */
  @SuppressWarnings("unchecked")
  private static String firstUnit(Browser browser, String use, String occupancy) {
    List<Map<String, String>> rows = (List<Map<String, String>>) browser.driver().executeScript("""
        return Array.from(document.querySelectorAll('#units tbody tr')).map(tr => {
          const td = tr.querySelectorAll('td');
          return {use: td[4].innerText.trim(), occupancy: td[5].innerText.trim(),
                  href: tr.querySelector('a.unit-link').getAttribute('href')};
        });""");
    return rows.stream()
        .filter(row -> row.get("use").equals(use) && row.get("occupancy").equals(occupancy))
        .map(row -> row.get("href"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + use + " " + occupancy + " unit on " + browser.path()));
  }

  /** The rows of the unit's bills table whose period cell is exactly {@code period}. */
  private static List<WebElement> billRows(Browser browser, String period) {
    browser.find("#bills");
    return browser.findAll("#bills tbody tr").stream()
        .filter(row -> cell(row, 0).equals(period))
        .toList();
  }

  private static String cell(WebElement row, int index) {
    return row.findElements(By.tagName("td")).get(index).getText().trim();
  }

  /** A count as shown, such as {@code 1,000}. */
  private static long count(String text) {
    assertThat(text).matches("\\d{1,3}(,\\d{3})*");
    return Long.parseLong(text.replace(",", ""));
  }

  private static BigDecimal yuan(String text) {
    assertThat(text).matches(YUAN);
    return new BigDecimal(text.substring(1).replace(",", ""));
  }
}
