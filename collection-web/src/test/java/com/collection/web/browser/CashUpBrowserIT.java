package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * staff1 takes cash and hands over the day in a real browser on the demo company; the manager finds
 * the day on the desks page and confirms it; the printed A4 report agrees with the receipts to the
 * fen; the receipt book of 阳光花园 runs without a gap.
 */
@BrowserTest
class CashUpBrowserIT {

  @Test
  void aCollectorSubmitsTheDayAndAManagerConfirmsItAndThePrintAgrees(Browser staff, Browser manager,
      java.time.Clock clock) {
    staff.signIn("staff1");
    String receipt = takeCash(staff, "123.45");
    assertThat(receipt).startsWith("YG-");

    // 1. My day: the payment is there; hand over the cash expected.
    staff.click("#nav-cashup");
    assertThat(staff.text("#cashup-entries")).contains(receipt, "123.45");
    assertThat(staff.text("#cashup-status")).contains("未提交");
    String expected = staff.text("#expected-cash");
    String dayNet = staff.text("#net-total");
    staff.type("#counted", expected.replace("¥", "").replace(",", ""));
    staff.screenshot("cashup-day");
    staff.click("#submit-cashup");
    assertThat(staff.text(".alert-success")).contains("日报已提交");
    assertThat(staff.text("#cashup-status")).contains("已提交");
    assertThat(staff.has("#confirm-form")).as("staff do not confirm").isFalse();
    String reportPath = staff.path();

    // 2. The manager's desks page lists 李娜's day as submitted; the manager confirms it.
    manager.signIn("manager");
    manager.click("#nav-desks");
    WebElement row = manager.findAll("#desks tbody tr").stream().filter(r -> r.getText().contains("李娜"))
        .findFirst().orElseThrow(() -> new AssertionError("李娜 on the desks page: " + manager.bodyText()));
    assertThat(row.getText()).contains("已提交");
    manager.screenshot("cashup-desks");
    manager.clickAndWaitForPage(row.findElement(By.cssSelector("a.desk-link")));
    assertThat(manager.path()).isEqualTo(reportPath);
    manager.click("#confirm-cashup");
    assertThat(manager.text(".alert-success")).contains("日报已确认");
    assertThat(manager.text("#cashup-status")).contains("已确认", "经理");
    manager.screenshot("cashup-confirmed");

    // The demo's earlier days were handed over and confirmed; yesterday's wait for confirmation.
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    List<String> earlier = new java.util.ArrayList<>();
    for (int back = 2; back <= 10; back++) {
      manager.get("/cashup/desks?day=" + today.minusDays(back));
      manager.findAll("#desks tbody tr .desk-status").forEach(status -> earlier.add(status.getText()));
    }
    assertThat(earlier).as("the demo's desks of the days before yesterday").isNotEmpty()
        .allMatch(status -> status.contains("已确认"));
    manager.get("/cashup/desks?day=" + today.minusDays(1));
    assertThat(manager.findAll("#desks tbody tr .desk-status"))
        .allMatch(status -> status.getText().contains("已提交"));
    manager.get(reportPath);

    // 3. Confirmed: the collector can no longer submit.
    staff.get(reportPath);
    assertThat(staff.has("#submit-form")).isFalse();

    // 4. The print: the same total, which is the sum of the receipts listed, on A4.
    manager.click("#print-link");
    assertThat(manager.text("#net-total")).isEqualTo(dayNet);
    BigDecimal listed = manager.findAll("#cashup-entries tbody tr").stream()
        .map(tr -> new BigDecimal(tr.findElements(By.tagName("td")).get(6).getText().replace(",", "")))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(listed).as("the receipts add up to the total to the fen")
        .isEqualByComparingTo(new BigDecimal(dayNet.replace(",", "")));
    assertThat(manager.clickPrints("#print")).as("the print button opens the print dialog").isTrue();
    manager.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertThat(manager.find("nav.navbar").isDisplayed()).isFalse();
    assertThat(manager.find("#print").isDisplayed()).isFalse();
    manager.screenshot("cashup-print");
    String pdf = manager.printToPdf("cashup-print");
    assertThat(Pattern.compile("/MediaBox\\s*\\[\\s*0 0 59[45]\\.\\d+ 84[12]\\.\\d+").matcher(pdf).find())
        .as("printed on A4").isTrue();
    manager.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

    // 5. The receipt book of 阳光花园 this year: every number, without a gap.
    manager.click("#nav-receipt-book");
    new org.openqa.selenium.support.ui.Select(manager.find("#community")).selectByVisibleText("阳光花园");
    manager.click("#show-book");
    long last = Long.parseLong(receipt.substring(receipt.lastIndexOf('-') + 1));
    assertThat(manager.text("#gap-check")).as("up to the collector's receipt, the year's last")
        .contains(String.format(java.util.Locale.ROOT, "从 1 到 %,d 连续", last));
    assertThat(manager.text("#gap-check")).contains("连续", "没有缺号");
    assertThat(manager.find("#gap-check").getDomAttribute("class")).contains("alert-success");
    assertThat(manager.findAll("#receipt-book tbody tr")).isNotEmpty();
    manager.screenshot("receipt-book");
  }

  /** Records cash for the first owned flat of 阳光花园 1栋 and returns its receipt number. */
  private static String takeCash(Browser browser, String amount) {
    WebElement building = browser.findAll("#buildings tbody tr").stream()
        .filter(row -> row.getText().contains("阳光花园") && row.getText().contains("1栋"))
        .findFirst().orElseThrow(() -> new AssertionError("staff1 has 阳光花园 1栋"))
        .findElement(By.cssSelector("a[href*='buildingId=']"));
    browser.clickAndWaitForPage(building);
    List<String> owned = browser.unitRows().stream().filter(r -> !r.owners().isBlank()).map(Browser.UnitRow::href)
        .toList();
    browser.get(owned.get(0) + "/payments/new");
    browser.type("#amount", amount);
    browser.click("#preview");
    browser.click("#confirm");
    assertThat(browser.path()).matches("/payments/\\d+/receipt");
    return browser.text("#receipt-number");
  }
}
