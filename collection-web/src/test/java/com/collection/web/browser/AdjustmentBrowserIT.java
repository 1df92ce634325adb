package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * staff1 asks for compensation on a flat of 阳光花园 1栋 that owes, in a real browser on the demo
 * company; the manager approves it on the pending list; the unit page, its ledger and its statement
 * then agree on the balance to the fen, and the statement prints on A4.
 */
@BrowserTest
class AdjustmentBrowserIT {

  @Test
  void staffRequestCompensationAManagerApprovesAndLedgerAndStatementAgree(Browser staff, Browser manager,
      java.time.Clock clock) {
    staff.signIn("staff1");
    WebElement building = staff.findAll("#buildings tbody tr").stream()
        .filter(row -> row.getText().contains("阳光花园") && row.getText().contains("1栋"))
        .findFirst().orElseThrow(() -> new AssertionError("staff1 has 阳光花园 1栋"))
        .findElement(By.cssSelector("a[href*='buildingId=']"));
    staff.clickAndWaitForPage(building);
    List<String> candidates = staff.unitRows().stream().map(row -> row.href()).toList();
    String unitPath = null;
    for (String candidate : candidates) {
      staff.get(candidate);
      if (staff.has(".adjust-link")) {
        unitPath = candidate;
        break;
      }
    }
    assertThat(unitPath).as("a flat of 1栋 with an unpaid bill").isNotNull();
    BigDecimal balanceBefore = yuan(staff.text("#ledger-balance"));

    // 1. The request form: bad input gets its message, then a good request.
    staff.click(".adjust-link");
    assertThat(staff.path()).contains("/adjustments/new?bill=");
    String reason = "楼上漏水，协商补偿 " + ThreadLocalRandom.current().nextInt(100_000);
    new Select(staff.find("#kind")).selectByValue("COMPENSATION");
    staff.type("#amount", "10.005");
    staff.type("#reason", reason);
    staff.click("#request-adjustment");
    assertThat(staff.text("#amount-error")).contains("最多两位小数");
    staff.type("#amount", "10.00");
    staff.screenshot("adjustment-request");
    staff.click("#request-adjustment");
    assertThat(staff.path()).isEqualTo(unitPath + "#adjustments-card");
    assertThat(staff.text(".alert-success")).contains("等待另一位经理审批");
    assertThat(staff.text("#adjustments-card")).contains(reason, "待审批");
    assertThat(yuan(staff.text("#ledger-balance"))).as("nothing changes before approval").isEqualByComparingTo(balanceBefore);

    // 2. The manager approves it from the pending list.
    manager.signIn("manager");
    manager.get("/adjustments");
    WebElement row = manager.findAll("#pending-adjustments tbody tr").stream()
        .filter(r -> r.getText().contains(reason)).findFirst()
        .orElseThrow(() -> new AssertionError("the request is on the pending list"));
    manager.clickAndWaitForPage(row.findElement(By.cssSelector(".decide-link")));
    assertThat(manager.text("#adjustment-status")).isEqualTo("待审批");
    manager.screenshot("adjustment-decide");
    manager.click("#approve");
    assertThat(manager.text(".alert-success")).contains("已批准");
    assertThat(manager.text("#adjustment-status")).isEqualTo("已批准");

    // 3. The unit page, the full ledger and the statement agree, to the fen.
    staff.get(unitPath);
    BigDecimal expected = balanceBefore.subtract(new BigDecimal("10.00"));
    assertThat(yuan(staff.text("#ledger-balance"))).isEqualByComparingTo(expected);
    assertThat(staff.text("#adjustments-card")).contains(reason, "已批准");
    staff.click("#ledger-link");
    assertThat(yuan(staff.text("#ledger-balance"))).isEqualByComparingTo(expected);
    // the line is on one of the ledger's pages (other browser tests add lines to the same demo flat)
    boolean found = false;
    for (int page = 0; page < 10 && !found; page++) {
      staff.get(unitPath + "/ledger?page=" + page);
      found = staff.bodyText().contains("补偿：物业服务费") && staff.bodyText().contains(reason);
    }
    assertThat(found).as("the compensation is a line of the ledger").isTrue();
    staff.get(unitPath + "/statement?from=2020-01-01&to=" + LocalDate.now(clock).plusYears(1));
    assertThat(new BigDecimal(staff.text(".statement-closing-amount").replace(",", ""))).isEqualByComparingTo(expected);
    assertThat(staff.text("#statement")).contains("对账单", reason);
    assertThat(staff.clickPrints("#print")).as("the print button opens the print dialog").isTrue();
    staff.screenshot("statement");

    // 4. As printed: A4 pages without the navigation, the range form or the buttons.
    staff.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    staff.driver().manage().window().setSize(new Dimension(800, 1100));
    assertThat(staff.find("nav.navbar").isDisplayed()).isFalse();
    assertThat(staff.find("#statement-range").isDisplayed()).isFalse();
    assertThat(staff.find("#statement").isDisplayed()).isTrue();
    staff.screenshot("statement-print");
    assertThat(staff.pdfPageSizes("statement-print")).as("A4 pages (595 × 842 pt)").isNotEmpty()
        .allMatch(size -> size.equals("595x842"));
  }

  private static BigDecimal yuan(String text) {
    return new BigDecimal(text.replace("¥", "").replace(",", "").strip());
  }
}
