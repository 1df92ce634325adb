package com.collection.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.web.browser.Browser.UnitRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff find units and owners in a real browser, on the demo company: staff1 looks after 阳光花园
 * 1栋–6栋, staff3 all of 翠湖苑, the manager sees everything.
 */
@BrowserTest
class EstateBrowserIT {

  @Test
  void staffSignInToTheirBuildingsInChineseAndCanSwitchToEnglish(Browser browser) {
    browser.get("/login");
    assertThat(browser.text("h1")).isEqualTo("员工登录");
    browser.screenshot("login");

    browser.signInHere("staff1");
    browser.screenshot("home-zh");

    assertThat(browser.path()).isIn("/", "/?continue");
    assertThat(browser.text("#home-summary")).contains("您负责");
    List<String> buildings = browser.findAll("#buildings tbody tr").stream()
        .map(WebElement::getText).toList();
    assertThat(buildings).anySatisfy(row -> assertThat(row).contains("阳光花园", "1栋"));
    assertThat(buildings).as("staff1 sees only their own buildings").allSatisfy(row ->
        assertThat(row).contains("阳光花园").doesNotContain("翠湖苑", "商业街", "地下车库"));

    browser.clickAndWaitForPage("#lang-en");
    browser.screenshot("home-en");
    assertThat(browser.text("#home-summary")).contains("You are responsible");
    assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
    assertThat(browser.text("#buildings thead")).contains("Community", "Building");

    browser.clickAndWaitForPage("#lang-zh");
    assertThat(browser.text("#home-summary")).contains("您负责");
    assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
  }

  @Test
  void staffFindAUnitByItsOwnersNameAndByTheirPhone(Browser browser) {
    browser.signIn("staff1");
    browser.get("/units");
    UnitRow unit = firstRowWithAnOwner(browser);
    String name = unit.firstOwner();
    String phone = unit.firstPhone();

    browser.type("#unit-search [name=ownerName]", name);
    browser.clickAndWaitForPage("#search");
    browser.screenshot("units-search");

    List<UnitRow> byName = browser.unitRows();
    assertThat(byName).as("units of owners named %s", name).isNotEmpty()
        .allSatisfy(row -> assertThat(row.owners()).contains(name))
        .anySatisfy(row -> assertThat(row.href()).isEqualTo(unit.href()));

    browser.clickAndWaitForPage("a.unit-link");
    browser.screenshot("unit-page");
    assertThat(browser.text("#unit-title")).isNotBlank();
    assertThat(browser.findAll("a.owner-link")).extracting(WebElement::getText).contains(name);

    browser.get("/units");
    browser.type("#unit-search [name=phone]", phone);
    browser.clickAndWaitForPage("#search");
    assertThat(browser.unitRows()).as("units of the owner with phone %s", phone).isNotEmpty()
        .allSatisfy(row -> assertThat(row.phones()).contains(phone))
        .anySatisfy(row -> assertThat(row.href()).isEqualTo(unit.href()));
  }

  @Test
  void staffCannotOpenAUnitOfABuildingThatIsNotTheirs(Browser staff1, Browser manager) {
    manager.signIn("manager");
    manager.get("/units");
    String cuihuyuan = manager.optionValue("#unit-search select[name=communityId]", "翠湖苑");
    manager.get("/units?communityId=" + cuihuyuan);
    UnitRow unit = firstRowWithAnOwner(manager);
    assertThat(unit.community()).isEqualTo("翠湖苑");
    assertThat(manager.status(unit.href())).as("the manager may open %s", unit.href()).isEqualTo(200);

    staff1.signIn("staff1");
    staff1.get(unit.href());
    staff1.screenshot("denied");
    String message = staff1.has("#denied-message") ? staff1.text("#denied-message") : staff1.text("#error-message");
    assertThat(message).contains("无权");
    assertThat(staff1.has("#unit-title") || staff1.has("a.owner-link")).as("the unit is not shown").isFalse();
    assertThat(staff1.status(unit.href())).as("HTTP status of %s for staff1", unit.href()).isEqualTo(403);

    staff1.get("/units?ownerName=" + URLEncoder.encode(unit.firstOwner(), StandardCharsets.UTF_8));
    assertThat(staff1.unitRows()).as("staff1's search for %s", unit.firstOwner())
        .noneSatisfy(row -> assertThat(row.href()).isEqualTo(unit.href()))
        .allSatisfy(row -> assertThat(row.community()).isEqualTo("阳光花园"));
    staff1.get("/units?phone=" + URLEncoder.encode(unit.firstPhone(), StandardCharsets.UTF_8));
    assertThat(staff1.unitRows()).as("staff1's search for the phone %s", unit.firstPhone()).isEmpty();
    assertThat(staff1.has("#no-units")).isTrue();
  }

  @Test
  void theUnitListFitsAPhone(Browser browser) {
    browser.phone(390, 844);
    browser.signIn("staff1");
    browser.get("/units");
    browser.screenshot("units-phone");

    assertThat(browser.unitRows()).isNotEmpty();
    assertThat(browser.driver().executeScript("return window.innerWidth")).isEqualTo(390L);
    Object overflow = browser.driver().executeScript(
        "return document.documentElement.scrollWidth - window.innerWidth");
    assertThat((Long) overflow).as("the page scrolls sideways by so many pixels").isLessThanOrEqualTo(1L);
    assertThat(browser.find("#units").findElement(By.xpath(".."))
        .getDomAttribute("class")).contains("table-responsive");
    for (String field : List.of("[name=ownerName]", "[name=phone]", "#search")) {
      WebElement element = browser.find("#unit-search " + field);
      assertThat(element.isDisplayed()).as(field).isTrue();
      assertThat(element.getRect().getX() + element.getRect().getWidth()).as("right edge of %s", field)
          .isLessThanOrEqualTo(390);
    }
  }

  private static UnitRow firstRowWithAnOwner(Browser browser) {
    return browser.unitRows().stream()
        .filter(row -> !row.owners().isBlank() && !row.phones().isBlank())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit with an owner on " + browser.path()));
  }
}
