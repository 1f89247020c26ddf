package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ISO date fields with validation in place, the facets' "Show more", the zooming histogram and negatable chips, in Chromium. */
class FilterBrowserTest {
  @TempDir static Path dir;
  static WebFixture site;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserTest.chromium(dir.resolve("chrome-profile"));
    site = WebFixture.start(dir.resolve("site"));
    Files.createDirectories(BrowserTest.SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    BrowserTest.quitAndClose(browser, site);
  }

  @BeforeEach
  void englishInterface() {
    browser.get(site.url("/ui-lang?set=en&next=/"));
  }

  private static void screenshot(String name) throws Exception {
    java.io.File shot = browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
    Files.copy(shot.toPath(), BrowserTest.SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static final By AUTHOR_LINKS = By.cssSelector("#facet-author ul.facet-values:not([hidden]) > li > a.facet-link");

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  @Test
  void aBadDateIsNamedBesideTheFieldAndTheResultsStay() throws Exception {
    browser.get(site.url("/search?q=ferry&from=2024/01/01"));
    WebElement error = browser.findElement(By.id("from-error"));
    assertTrue(error.isDisplayed());
    assertTrue(error.getText().contains("2024/01/01"), error.getText());
    WebElement from = browser.findElement(By.cssSelector(".date-range input[name=from]"));
    assertEquals("text", from.getAttribute("type"), "an ISO date field, not the browser's locale picker");
    assertEquals("YYYY-MM-DD", from.getAttribute("placeholder"));
    assertEquals("true", from.getAttribute("aria-invalid"));
    assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty(), "the results stay");
    assertEquals("ferry", browser.findElement(By.id("q")).getAttribute("value"), "the query stays");
    screenshot("date-invalid.png");
  }

  @Test
  void onTheChineseInterfaceAndAPhoneTheSameInPlaceMessages() throws Exception {
    browser.get(site.url("/ui-lang?set=zh&next="
        + SearchLinks.encode("/search?q=ferry&from=2024/01/01&region=Tiawan&not_lang=zh")));
    try {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      WebElement unknown = browser.findElement(By.cssSelector(".unknown-value"));
      assertTrue(unknown.getText().contains("没有名为“Tiawan”的地区"), unknown.getText());
      WebElement suggestion = unknown.findElement(By.cssSelector("a.suggestion"));
      assertEquals("台湾", suggestion.getText(), "named in the reader's script");
      assertTrue(suggestion.getDomAttribute("href").contains("region=Taiwan"), "the link keeps the canonical name");
      assertFalse(browser.findElements(By.cssSelector(".chip.negated")).isEmpty());
      assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty(), "the results stay");
      screenshot("filters-zh-phone.png");
      // The date fields are in the phone's filter drawer: open it, and the message is beside the field.
      browser.findElement(By.cssSelector(".filters-open")).click();
      WebElement error = browser.findElement(By.id("from-error"));
      waitFor(error::isDisplayed);
      assertTrue(error.getText().contains("不是日期"), error.getText());
      screenshot("date-invalid-zh-phone.png");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  @Test
  void theDateFieldsNarrowTheRange() throws Exception {
    browser.get(site.url("/search?q=bulletin"));
    WebElement from = browser.findElement(By.cssSelector(".date-range input[name=from]"));
    from.sendKeys("2021-03-01");
    WebElement to = browser.findElement(By.cssSelector(".date-range input[name=to]"));
    to.sendKeys("2021-03-31");
    browser.findElement(By.cssSelector(".date-range button")).click();
    waitFor(() -> browser.getCurrentUrl().contains("from=2021-03-01"));
    assertTrue(browser.getCurrentUrl().contains("to=2021-03-31"), browser.getCurrentUrl());
    List<WebElement> bars = browser.findElements(By.cssSelector(".histogram rect"));
    assertEquals(31, bars.size(), "a month shows its days");
    screenshot("date-days.png");
  }

  @Test
  void clickingABarZoomsIntoItsPeriod() throws Exception {
    browser.get(site.url("/search"));
    List<WebElement> years = browser.findElements(By.cssSelector(".histogram a"));
    assertEquals(11, years.size(), "2012–2022 with the empty years");
    WebElement year2021 = years.stream()
        .filter(a -> a.getDomAttribute("aria-label").startsWith("2021"))
        .findFirst().orElseThrow();
    browser.get(site.url(year2021.getDomAttribute("href")));
    waitFor(() -> browser.getCurrentUrl().contains("from=2021"));
    List<WebElement> months = browser.findElements(By.cssSelector(".histogram rect"));
    assertEquals(12, months.size(), "a year shows its months");
    assertTrue(months.stream().anyMatch(m -> !m.getDomAttribute("class").contains("zero")), "months with bulletins");
    screenshot("date-months.png");
  }

  @Test
  void aChipCanBeNegatedAndUnknownValuesAreNamed() throws Exception {
    browser.get(site.url("/search?region=Taiwan&region=Atlantis"));
    WebElement notice = browser.findElement(By.cssSelector(".unknown-value"));
    assertTrue(notice.getText().contains("No region called 'Atlantis'."), notice.getText());
    browser.findElement(By.cssSelector(".chip-flip")).click();
    waitFor(() -> browser.getCurrentUrl().contains("not_region=Taiwan"));
    assertFalse(browser.findElements(By.cssSelector(".chip.negated")).isEmpty());
    screenshot("chips-negated.png");
  }

  @Test
  void showMoreListsEveryValueInPlaceAndFoldsThemAgain() throws Exception {
    browser.get(site.url("/ui-lang?set=en&next=" + SearchLinks.encode("/search?q=bulletin")));
    assertEquals(SearchModel.SHOWN, browser.findElements(AUTHOR_LINKS).size());
    // A mark on the window survives only if the page is not loaded again.
    browser.executeScript("window.notReloaded = true;");
    WebElement more = browser.findElement(By.cssSelector("#facet-author a.facet-more"));
    assertEquals("Show more", more.getText());
    assertEquals("false", more.getDomAttribute("aria-expanded"));
    more.click();
    waitFor(() -> browser.findElements(AUTHOR_LINKS).size() == 26);
    assertEquals(Boolean.TRUE, browser.executeScript("return window.notReloaded === true;"), "no reload");
    assertTrue(browser.getCurrentUrl().endsWith("/search?q=bulletin"), browser.getCurrentUrl());
    assertEquals("Show fewer", more.getText());
    assertEquals("true", more.getDomAttribute("aria-expanded"));
    BrowserTest.screenshot(browser, "facet-more-en.png");
    // By keyboard: the same control folds the list again and keeps the focus.
    more.sendKeys(Keys.ENTER);
    waitFor(() -> browser.findElements(AUTHOR_LINKS).size() == SearchModel.SHOWN);
    assertEquals(more, browser.switchTo().activeElement());
    more.sendKeys(Keys.SPACE);
    waitFor(() -> browser.findElements(AUTHOR_LINKS).size() == 26);
    // A value from the revealed rest filters like any other.
    browser.findElements(AUTHOR_LINKS).stream().filter(a -> a.getText().contains("Analyst 9")).findFirst()
        .orElseThrow().click();
    waitFor(() -> browser.getCurrentUrl().contains("author=Analyst%209"));
    assertTrue(browser.findElement(By.cssSelector("#facet-author .facet-link.selected")).getText().contains("Analyst 9"),
        "the selected value is listed though it is not in the top eight");
  }

  @Test
  void onAPhoneInChineseTheDrawerShowsMoreToo() throws Exception {
    browser.get(site.url("/ui-lang?set=zh&next=" + SearchLinks.encode("/search?q=bulletin")));
    try {
      browser.manage().window().setSize(new Dimension(390, 844));
      browser.findElement(By.cssSelector(".filters-open")).click();
      WebElement more = browser.findElement(By.cssSelector("#facet-author a.facet-more"));
      waitFor(more::isDisplayed);
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", more);
      assertEquals("显示更多", more.getText());
      more.click();
      waitFor(() -> browser.findElements(AUTHOR_LINKS).size() == 26);
      assertEquals("收起", more.getText());
      Long overflow = (Long) browser.executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertEquals(0L, overflow, "no sideways scrolling");
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
          BrowserTest.SCREENSHOTS.resolve("facet-more-zh-phone.png"), StandardCopyOption.REPLACE_EXISTING);
      browser.executeScript("document.querySelector('.facet-date').scrollIntoView();");
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
          BrowserTest.SCREENSHOTS.resolve("date-zh-phone.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void withoutScriptTheLinkOpensThePageWithTheFacetExpanded() throws Exception {
    browser.get(site.url("/ui-lang?set=en&next=" + SearchLinks.encode("/search?q=bulletin")));
    String href = browser.findElement(By.cssSelector("#facet-author a.facet-more")).getDomAttribute("href");
    browser.get(site.url(href));
    assertEquals(26, browser.findElements(AUTHOR_LINKS).size());
    WebElement fewer = browser.findElement(By.cssSelector("#facet-author a.facet-fewer"));
    fewer.click();
    waitFor(() -> !browser.getCurrentUrl().contains("more="));
    assertEquals(SearchModel.SHOWN, browser.findElements(AUTHOR_LINKS).size());
  }
}
