package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The day's list in a real browser on the demo company (the shared app keeps the real clock):
 * staff1's home is the worklist; a pay-soon attempt with a date is logged from a row in three
 * clicks (the row's 记录, 近期交纳, 保存) and the case leaves today's list; the unit page shows it in
 * the timeline; the list and the form work at 390 px; the manager sees completion and prints a
 * building's visit sheet on A4.
 */
@BrowserTest
class ArrearsBrowserIT {

  @Test
  void staffLogAPaySoonAttemptFromTheWorklistInThreeClicks(Browser browser, Clock clock) {
    browser.signIn("staff1");
    assertThat(browser.path()).isEqualTo("/");
    assertThat(browser.has("#worklist-table")).as("staff1 has cases due today; the page says: %s", browser.bodyText())
        .isTrue();
    assertThat(browser.text("#worklist-title")).isEqualTo("今日待办");
    assertThat(browser.findAll(".contact-window")).as("whether now is inside the contact hours").isNotEmpty();
    browser.screenshot("worklist");

    WebElement row = browser.find("#worklist-table .worklist-row");
    String rowId = row.getDomAttribute("id");
    String unitPath = row.findElement(By.cssSelector("a.unit-link")).getDomAttribute("href");
    assertThat(row.findElement(By.cssSelector(".reason")).getText()).as("why it is listed").isNotBlank();
    assertThat(row.findElement(By.cssSelector("a.phone-link")).getDomAttribute("href")).startsWith("tel:");

    // 1: the row's 记录
    browser.clickAndWaitForPage(row.findElement(By.cssSelector("a.log-attempt")));
    assertThat(browser.has("#attempt-form")).isTrue();
    assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).as("focus on the first outcome")
        .isEqualTo("outcome-PAY_SOON");
    assertThat(browser.find("#promisedDate").isDisplayed()).as("no date field before pay-soon is chosen").isFalse();
    assertThat(browser.find("#channel").getDomProperty("value")).isEqualTo("PHONE");
    assertThat(browser.find("#reached").getDomProperty("value")).isEqualTo("OWNER");
    browser.screenshot("attempt-form");

    // 2: 近期交纳, then the date typed
    browser.find("label[for='outcome-PAY_SOON']").click();
    assertThat(browser.find("#promisedDate").isDisplayed()).isTrue();
    LocalDate promised = LocalDate.now(clock).plusDays(7);
    typeDate(browser, "#promisedDate", promised);
    browser.screenshot("attempt-form-pay-soon");

    // 3: 保存
    browser.click("#save-attempt");
    assertThat(browser.path()).as("back on the list; the page says: %s", browser.bodyText()).isEqualTo("/");
    assertThat(browser.text(".alert-success")).contains("催缴记录已保存");
    assertThat(browser.findAll("#" + rowId)).as("the case left today's list").isEmpty();
    browser.screenshot("worklist-after-attempt");

    // the unit page: the case is pay-soon, the attempt is in its timeline
    browser.get(unitPath);
    assertThat(browser.text("#unit-case-card")).contains("近期交纳", "下次跟进");
    assertThat(browser.text("#timeline")).contains("催缴", "电话", "业主本人", "近期交纳");
    browser.driver().executeScript(
        "document.getElementById('unit-case-card').scrollIntoView({block: 'start', behavior: 'instant'})");
    browser.screenshot("unit-case-timeline");
  }

  @Test
  void theListAndTheFormWorkOnAPhone(Browser browser) {
    browser.signIn("staff1");
    browser.phone(390, 844);
    browser.get("/worklist");
    assertThat(browser.has("#worklist-table")).as("staff1 has cases due today").isTrue();
    assertNoSidewaysScroll(browser, "the worklist");
    WebElement log = browser.find("#worklist-table .worklist-row a.log-attempt");
    assertThat(log.getRect().getX() + log.getRect().getWidth()).as("the 记录 button's right edge").isLessThanOrEqualTo(390);
    browser.screenshot("worklist-phone");

    String rowId = browser.find("#worklist-table .worklist-row").getDomAttribute("id");
    browser.click("#" + rowId + " a.log-attempt");
    assertNoSidewaysScroll(browser, "the attempt form");
    for (String field : List.of("label[for='outcome-REFUSING']", "#channel", "#reached", "#when", "#said",
        "#save-attempt")) {
      WebElement element = browser.find(field);
      assertThat(element.getRect().getX() + element.getRect().getWidth()).as("right edge of %s", field)
          .isLessThanOrEqualTo(390);
    }
    browser.screenshot("attempt-form-phone");

    // an SMS sets no outcome: the choices are off while it is chosen
    new org.openqa.selenium.support.ui.Select(browser.find("#channel")).selectByValue("SMS");
    assertThat(browser.find("#outcome-PAY_SOON").isEnabled()).isFalse();
    new org.openqa.selenium.support.ui.Select(browser.find("#channel")).selectByValue("PHONE");
    assertThat(browser.find("#outcome-PAY_SOON").isEnabled()).isTrue();

    // refusing asks for the complaint, on the phone too; the form comes back at the message
    browser.find("label[for='outcome-REFUSING']").click();
    assertThat(browser.find("#complaintWhat").isDisplayed()).isTrue();
    browser.click("#save-attempt");
    assertThat(browser.text("#complaintWhat-error")).contains("投诉事项");
    assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("complaintWhat");
    browser.screenshot("attempt-form-phone-error");
    browser.type("#complaintWhat", "楼道灯长期不亮");
    browser.type("#complaintWords", "灯修好了我就交");
    browser.click("#save-attempt");
    assertThat(browser.path()).startsWith("/worklist");
    assertThat(browser.text(".alert-success")).contains("催缴记录已保存");
  }

  @Test
  void theManagerSeesCompletionAndPrintsAVisitSheet(Browser manager) {
    manager.signIn("manager");
    assertThat(manager.has("#completion-table")).isTrue();
    assertThat(manager.findAll(".completion-row")).as("a row per staff member with buildings").hasSizeGreaterThanOrEqualTo(3);
    manager.screenshot("completion");
    manager.click(".completion-row a.worklist-link");
    assertThat(manager.path()).startsWith("/worklist?staff=");
    assertThat(manager.has("#worklist-title")).isTrue();
    manager.screenshot("worklist-of-staff");

    manager.get("/");
    manager.click("#buildings a.visit-sheet-link");
    assertThat(manager.has("#visit-sheet")).isTrue();
    manager.screenshot("visit-sheet");
    assertThat(manager.clickPrints("#print")).isTrue();
    assertThat(manager.pdfPageSizes("visit-sheet")).as("A4 landscape").isNotEmpty().allMatch("842x595"::equals);
  }

  @Test
  void anAwayOwnersFormOpensTheRemotePaymentGuidance(Browser browser) {
    browser.signIn("staff1");
    browser.get("/worklist?category=AWAY_ON_BUSINESS");
    assertThat(browser.has("#worklist-table")).as("staff1 has away-on-business cases due").isTrue();
    browser.click("#worklist-table .worklist-row a.log-attempt");
    assertThat(browser.has("#remote-payment[open]")).as("the guidance is open for an away owner").isTrue();
    assertThat(browser.text("#remote-payment")).contains("远程缴费指引");
    browser.driver().executeScript(
        "document.getElementById('remote-payment').scrollIntoView({block: 'center', behavior: 'instant'})");
    browser.screenshot("attempt-form-away");
  }

  /** Types a date into a date field as the browser's locale shows it, or sets it if typing can't. */
  private static void typeDate(Browser browser, String css, LocalDate day) {
    WebElement field = browser.find(css);
    field.sendKeys(String.format("%02d%02d%04d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
    if (!day.toString().equals(field.getDomProperty("value"))) {
      browser.driver().executeScript("arguments[0].value = arguments[1]", field, day.toString());
    }
    assertThat(field.getDomProperty("value")).isEqualTo(day.toString());
  }

  private static void assertNoSidewaysScroll(Browser browser, String what) {
    Object overflow = browser.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat((Long) overflow).as("%s scrolls sideways by so many pixels", what).isLessThanOrEqualTo(1L);
  }
}
