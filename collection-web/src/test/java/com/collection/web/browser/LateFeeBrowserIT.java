package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Late fees in a real browser on the demo company, whose 翠湖苑 has the policy on: staff3 finds a
 * flat with a late fee accrued, posts it from the unit page and sees the late-fee bill; the
 * manager opens the policy page.
 */
@BrowserTest
class LateFeeBrowserIT {

  @Test
  void staffPostABillsAccruedLateFeeFromTheUnitPage(Browser browser) {
    browser.signIn("staff3");
    WebElement building = browser.findAll("#buildings tbody tr").stream()
        .filter(row -> row.getText().contains("翠湖苑")).findFirst()
        .orElseThrow(() -> new AssertionError("staff3 has 翠湖苑's buildings"))
        .findElement(By.cssSelector("a[href*='buildingId=']"));
    browser.clickAndWaitForPage(building);
    List<String> candidates = browser.unitRows().stream().map(Browser.UnitRow::href).toList();
    boolean found = false;
    for (String candidate : candidates) {
      browser.get(candidate);
      if (browser.has(".post-late-fee")) {
        found = true;
        break;
      }
    }
    assertThat(found).as("a unit of 翠湖苑 with a late fee to post").isTrue();
    assertThat(browser.text("#unit-late-fees")).startsWith("¥");
    WebElement row = browser.find(".post-late-fee").findElement(By.xpath("ancestor::tr"));
    String rowId = row.getDomAttribute("id");
    String accrued = row.findElement(By.cssSelector(".late-fee-accrued")).getText();
    browser.screenshot("late-fee-unit");

    WebElement post = row.findElement(By.cssSelector(".post-late-fee"));
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", post);
    browser.clickAndWaitForPage(post);

    assertThat(browser.text(".alert-success")).contains("滞纳金已计收");
    WebElement after = browser.find("#" + rowId);
    assertThat(after.findElement(By.cssSelector(".late-fee-posted")).getText()).isEqualTo("已计收 " + accrued);
    assertThat(after.findElements(By.cssSelector(".post-late-fee"))).isEmpty();
    String lateFeeRow = after.findElement(By.cssSelector(".late-fee-posted")).getDomAttribute("href").substring(1);
    assertThat(browser.find("#" + lateFeeRow).getText()).contains("滞纳金", accrued);
    browser.screenshot("late-fee-posted");
  }

  @Test
  void theManagerSeesTheCommunitysPolicy(Browser manager) {
    manager.signIn("manager");
    manager.get("/billing/runs");
    manager.clickAndWaitForPage("#late-fee-policy-link");
    assertThat(manager.has("#late-fee-policy-form")).isTrue();
    manager.clickAndWaitForPage(manager.findAll(".late-fee-community").stream()
        .filter(link -> link.getText().equals("翠湖苑")).findFirst().orElseThrow());
    assertThat(manager.find("#enabled1").isSelected()).as("on in 翠湖苑").isTrue();
    assertThat(manager.find("#dailyRatePercent").getDomProperty("value")).isEqualTo("0.03");
    assertThat(manager.find("#graceDays").getDomProperty("value")).isEqualTo("30");
    assertThat(manager.find("#capPercent").getDomProperty("value")).isEqualTo("20");
    manager.screenshot("late-fee-policy");
  }
}
