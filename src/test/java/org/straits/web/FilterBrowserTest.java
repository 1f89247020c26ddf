package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ISO date fields with validation in place, the zooming histogram and negatable chips, in Chromium. */
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
}
