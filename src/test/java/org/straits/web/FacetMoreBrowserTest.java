package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Show more" in Chromium: the facet's full list in place, no reload, and folded again; on a phone in Chinese too. */
class FacetMoreBrowserTest {
  private static final By AUTHOR_LINKS = By.cssSelector("#facet-author ul.facet-values:not([hidden]) > li > a.facet-link");

  @TempDir static Path dir;
  static WebFixture site;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserTest.chromium(dir.resolve("chrome-profile"));
    site = WebFixture.start(dir.resolve("site"));
  }

  @AfterAll
  static void stop() throws Exception {
    BrowserTest.quitAndClose(browser, site);
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

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }
}
