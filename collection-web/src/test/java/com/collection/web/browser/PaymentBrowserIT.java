package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * staff1 takes cash for a flat of 阳光花园 1栋 in a real browser, on the demo company: the form
 * with the unit's open bills, the preview of the allocation, the receipt on screen and as printed
 * (A5), and the payment on the unit page.
 */
@BrowserTest
class PaymentBrowserIT {

  private static final Pattern RECEIPT_NUMBER = Pattern.compile("[A-Z]{2,6}-\\d{4}-\\d{6}");

  @Test
  void staffRecordCashWithAPreviewAndPrintTheReceiptAndAManagerReversesIt(Browser browser, Browser manager) {
    browser.signIn("staff1");
    WebElement building = browser.findAll("#buildings tbody tr").stream()
        .filter(row -> row.getText().contains("阳光花园") && row.getText().contains("1栋"))
        .findFirst().orElseThrow(() -> new AssertionError("staff1 has 阳光花园 1栋"))
        .findElement(By.cssSelector("a[href*='buildingId=']"));
    browser.clickAndWaitForPage(building);
    // the first flat of 1栋 with an owner that owes something (the demo history leaves many paid up)
    List<String> candidates = browser.unitRows().stream().filter(row -> !row.owners().isBlank())
        .map(row -> row.href()).toList();
    String outstandingBefore = "¥0.00";
    String unitPath = null;
    for (String candidate : candidates) {
      unitPath = candidate;
      browser.get(candidate);
      outstandingBefore = browser.text("#unit-outstanding");
      if (!outstandingBefore.equals("¥0.00")) {
        break;
      }
    }
    assertThat(outstandingBefore).as("a demo flat of 1栋 owes something").isNotEqualTo("¥0.00");

    // 1. The form: open bills, the owner as payer, today, cash without a reference field.
    browser.clickAndWaitForPage("#record-payment");
    assertThat(browser.path()).endsWith("/payments/new");
    assertThat(browser.findAll("#open-bills-table tbody tr")).as("the flat's open bills").isNotEmpty();
    assertThat(browser.find("#payer").getDomProperty("value")).isNotBlank();
    assertThat(browser.find("#reference-group").isDisplayed()).as("no reference for cash").isFalse();
    new Select(browser.find("#method")).selectByValue("WECHAT_PAY");
    assertThat(browser.find("#reference-group").isDisplayed()).as("a reference for WeChat Pay").isTrue();
    new Select(browser.find("#method")).selectByValue("CASH");
    browser.type("#amount", "500");
    browser.screenshot("payment-form");

    // 2. The preview: which bills get how much; nothing recorded yet.
    browser.click("#preview");
    assertThat(browser.has("#payment-preview")).as("the preview; the page says: %s", browser.bodyText()).isTrue();
    assertThat(browser.findAll("#preview-shares tbody tr")).isNotEmpty();
    assertThat(browser.text("#confirm")).contains("500.00");
    browser.screenshot("payment-preview");

    // 3. Confirm: the receipt.
    browser.click("#confirm");
    assertThat(browser.path()).matches("/payments/\\d+/receipt");
    String receiptPath = browser.path();
    assertThat(browser.text(".alert-success")).contains("收款已登记");
    assertThat(browser.text("#receipt-number")).matches(RECEIPT_NUMBER);
    assertThat(browser.text("#receipt-community")).isEqualTo("阳光花园");
    assertThat(browser.text("#receipt-unit")).contains("阳光花园", "1栋");
    assertThat(browser.text("#receipt-amount")).isEqualTo("¥500.00");
    assertThat(browser.text("#receipt-words")).isEqualTo("伍佰元整");
    assertThat(browser.text("#receipt-collector")).isEqualTo("李娜");
    assertThat(browser.findAll("#receipt-lines tbody tr.receipt-line")).isNotEmpty();
    assertThat(browser.find("#print").isDisplayed()).isTrue();
    assertThat(browser.clickPrints("#print")).as("the print button opens the print dialog").isTrue();
    browser.screenshot("receipt");

    // 4. As printed: one A5 sheet, without the navigation, the message or the buttons.
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.driver().manage().window().setSize(new Dimension(620, 900));
    assertThat(browser.find("#print").isDisplayed()).as("the print button in print").isFalse();
    assertThat(browser.find("nav.navbar").isDisplayed()).isFalse();
    assertThat(browser.find(".alert-success").isDisplayed()).isFalse();
    assertThat(browser.find("#receipt").isDisplayed()).isTrue();
    browser.screenshot("receipt-print");
    assertThat(browser.pdfPages("receipt-print")).as("the receipt prints on one A5 page").isEqualTo(1);
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    browser.driver().manage().window().setSize(new Dimension(1366, 900));

    // 5. The unit page lists it, with a link to the receipt.
    browser.get(unitPath);
    assertThat(browser.text("#unit-payments")).contains("500.00", "现金", "有效");
    assertThat(browser.text("#unit-outstanding")).isNotEqualTo(outstandingBefore);
    browser.driver().executeScript("document.getElementById('payments-card').scrollIntoView({block: 'start', behavior: 'instant'})");
    browser.screenshot("unit-payments");
    browser.click("#unit-payments a.receipt-link");
    assertThat(browser.path()).isEqualTo(receiptPath);
    assertThat(browser.has("#reverse-form")).as("staff cannot reverse").isFalse();

    // 6. The manager reverses it with a reason: the receipt is void, on screen and on paper.
    manager.signIn("manager");
    manager.get(receiptPath);
    manager.click("#reverse");
    assertThat(manager.text("#reason-error")).as("a reason is required").contains("原因");
    assertThat(manager.has("#void-stamp")).isFalse();
    manager.type("#reason", "金额登记错误，应为 600 元");
    manager.click("#reverse");
    assertThat(manager.path()).isEqualTo(receiptPath);
    assertThat(manager.text(".alert-success")).contains("已冲正");
    assertThat(manager.find("#void-stamp").isDisplayed()).isTrue();
    assertThat(manager.text("#void-note")).contains("冲正", "金额登记错误，应为 600 元");
    assertThat(manager.has("#reverse-form")).isFalse();
    manager.screenshot("receipt-void");
    manager.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    manager.driver().manage().window().setSize(new Dimension(620, 900));
    assertThat(manager.find("#void-stamp").isDisplayed()).as("the stamp in print").isTrue();
    assertThat(manager.find("#void-note").isDisplayed()).as("the reason in print").isTrue();
    manager.screenshot("receipt-void-print");
    assertThat(manager.pdfPages("receipt-void-print")).isEqualTo(1);

    // 7. The form on a phone: nothing sticks out sideways.
    browser.phone(390, 844);
    browser.get(unitPath + "/payments/new");
    browser.screenshot("payment-form-phone");
    Object overflow = browser.driver().executeScript(
        "return document.documentElement.scrollWidth - window.innerWidth");
    assertThat((Long) overflow).as("the form scrolls sideways by so many pixels").isLessThanOrEqualTo(1L);
    for (String field : java.util.List.of("#amount", "#method", "#payer", "#receivedOn", "#preview")) {
      WebElement element = browser.find(field);
      assertThat(element.getRect().getX() + element.getRect().getWidth()).as("right edge of %s", field)
          .isLessThanOrEqualTo(390);
    }
  }
}
