package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The manager opens this week's company board and last month's board of 阳光花园 on the demo
 * company and drills into a building; staff1 sees the whole ranking but gets "access denied" on
 * another building's arrears list. Screenshots in Chinese and English; the pages' server times are
 * printed (the performance budget: well under a second).
 */
@BrowserTest
class BoardsBrowserIT {

  @Test
  void aManagerOpensTheBoardsAndDrillsIntoABuildingAndStaffSeeTheRanking(Browser manager, Browser staff) {
    manager.signIn("manager");
    manager.click("#nav-boards");
    assertThat(manager.text("h1")).isEqualTo("收缴率排行榜");
    assertThat(manager.text("#board-heading")).contains("全公司").contains("周榜");
    List<WebElement> rows = manager.findAll("#board tbody tr");
    assertThat(rows).as("the demo's 26 buildings").hasSize(26);
    assertThat(rows.get(0).findElement(By.cssSelector(".rank")).getText()).isEqualTo("1");
    assertThat(manager.text("#board-total")).contains("全公司合计");
    timed(manager, "/boards", "company board, this week");
    manager.screenshot("boards-week-zh");

    // last month as the app's clock has it (the business day is Shanghai's, not the machine's):
    // the previous period of the current monthly board
    manager.get("/boards?kind=month");
    String previous = manager.findAll("#previous-period").get(0).getAttribute("href");
    String lastMonth = previous.replaceAll(".*[?&]period=([0-9]{4}-[0-9]{2}).*", "$1");
    assertThat(lastMonth).matches("[0-9]{4}-[0-9]{2}");
    String community = manager.optionValue("#community", "阳光花园");
    manager.get("/boards?period=" + lastMonth + "&community=" + community);
    assertThat(manager.text("#board-heading")).contains("阳光花园").contains(lastMonth).contains("月榜");
    assertThat(manager.has("#next-period")).isTrue();
    timed(manager, "/boards?period=" + lastMonth + "&community=" + community, "community board, last month");
    manager.screenshot("boards-month-zh");
    manager.get("/boards?period=" + lastMonth + "&view=staff");
    assertThat(manager.findAll("#board tbody tr .attempts")).isNotEmpty();
    manager.screenshot("boards-staff-zh");

    manager.get("/boards?period=" + lastMonth + "&community=" + community);
    manager.clickAndWaitForPage(manager.findAll("#board a.drill").get(0));
    assertThat(manager.path()).matches("/boards/buildings/\\d+");
    assertThat(manager.text("#arrears-heading")).contains("阳光花园");
    String drill = manager.path();
    timed(manager, drill, "drill-down");
    manager.screenshot("boards-building-zh");
    manager.click("#lang-en");
    assertThat(manager.text("#arrears-heading")).contains("units in arrears");
    manager.screenshot("boards-building-en");
    manager.get("/boards?period=" + lastMonth + "&community=" + community);
    assertThat(manager.text("h1")).isEqualTo("Collection-rate boards");
    manager.driver().executeScript("document.getElementById('board-help').open = true;");
    manager.screenshot("boards-month-en");
    manager.get("/boards?period=2026-W60");
    assertThat(manager.text("#period-error")).contains("no such week");
    manager.click("#lang-zh");

    staff.signIn("staff1");
    staff.click("#nav-boards");
    List<WebElement> visible = staff.findAll("#board tbody tr");
    assertThat(visible).as("every building's rank, not only staff1's").hasSize(26);
    WebElement other = visible.stream().filter(r -> r.findElements(By.cssSelector("a.drill")).isEmpty()).findFirst()
        .orElseThrow();
    assertThat(staff.findAll("#board a.drill")).as("staff1's buildings 1–6 open").hasSize(6);
    assertThat(staff.status("/boards/buildings/" + other.getDomAttribute("data-id"))).isEqualTo(403);
    staff.screenshot("boards-staff1-zh");
  }

  /** Loads the page three times and prints the server's time for the last (request start to response end). */
  private static void timed(Browser browser, String path, String what) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      browser.get(path);
      Object ms = browser.driver().executeScript("const t = performance.getEntriesByType('navigation')[0];"
          + " return Math.round(t.responseEnd - t.requestStart);");
      best = Math.min(best, ((Number) ms).longValue());
    }
    System.out.println("TIMING " + what + ": " + best + " ms (best of 3, request to response end)");
  }
}
