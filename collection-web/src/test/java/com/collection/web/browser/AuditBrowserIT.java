package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The manager finds in the audit log, in a real browser on the demo company, who reversed a
 * payment and when, opens its receipt from the entry, and finds who assigned 李娜 her buildings;
 * the unit page links to the unit's entries; staff have no audit log.
 */
@BrowserTest
class AuditBrowserIT {

  @Test
  void aManagerFindsWhoReversedAPaymentAndWhoAssignedTheBuildings(Browser manager, Browser staff) {
    manager.signIn("manager");
    manager.click("#nav-audit");
    assertThat(manager.text("h1")).isEqualTo("审计日志");
    assertThat(manager.findAll("#audit-entries tbody tr")).as("the demo's entries").isNotEmpty();

    new Select(manager.find("#action")).selectByVisibleText("冲正收款");
    manager.click("#show-audit");
    List<WebElement> reversals = manager.findAll("#audit-entries tbody tr");
    assertThat(reversals).as("the demo's reversals").isNotEmpty();
    WebElement first = reversals.get(0);
    assertThat(first.findElement(By.cssSelector(".audit-actor")).getText()).isEqualTo("王经理");
    assertThat(first.findElement(By.cssSelector(".audit-changes")).getText()).contains("VALID", "REVERSED");
    assertThat(first.getText()).matches("(?s)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*");
    manager.screenshot("audit-reversals");
    manager.clickAndWaitForPage(first.findElement(By.cssSelector(".audit-object a")));
    assertThat(manager.path()).matches("/payments/\\d+/receipt");
    assertThat(manager.has("#void-note")).as("the reversed receipt shows as void").isTrue();

    manager.click("#nav-audit");
    new Select(manager.find("#action")).selectByVisibleText("分配楼栋");
    manager.click("#show-audit");
    WebElement assignment = manager.findAll("#audit-entries tbody tr").stream()
        .filter(row -> row.getText().contains("员工账号")).findFirst().orElseThrow();
    assertThat(assignment.findElement(By.cssSelector(".audit-actor")).getText()).isEqualTo("系统管理员");
    assertThat(assignment.findElement(By.cssSelector(".audit-changes")).getText()).contains("buildingIds");
    manager.screenshot("audit-assignments");

    // English, and the CSV export link keeps the filters
    manager.click("#lang-en");
    assertThat(manager.text("h1")).isEqualTo("Audit log");
    assertThat(manager.find("#export-audit").getDomAttribute("href")).contains("action=staff.buildingsAssigned");
    manager.screenshot("audit-en");
    manager.click("#lang-zh");

    staff.signIn("staff1");
    assertThat(staff.has("#nav-audit")).isFalse();
    assertThat(staff.status("/audit")).isEqualTo(403);
  }
}
