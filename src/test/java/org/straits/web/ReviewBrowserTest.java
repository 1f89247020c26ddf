package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.admin.PasswordHash;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/** Headless Chromium: unreviewed values look different from curated ones; the review page works. */
class ReviewBrowserTest {
  private static final String PASSWORD = "a long admin password";

  @TempDir static Path dir;
  static ChromeDriver browser;
  static IndexView index;
  static WebServer server;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserTest.chromium(dir.resolve("chrome-profile"));
    Path source = Files.createDirectories(dir.resolve("source"));
    ReviewWebTest.writeDiscoveryCorpus(source);
    StraitsConfig config = Fixtures.config(source, dir.resolve("index"))
        .withAdminPasswordHash(PasswordHash.hash(PASSWORD.toCharArray()));
    App app = new App(config);
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    index = app.openIndex();
    server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, false);
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
      index.close();
    }
  }

  private static void shot(String name) throws Exception {
    java.io.File file = browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
    Files.copy(file.toPath(), BrowserTest.SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void unreviewedValuesHaveTheirOwnStyleAndTheReviewPageAccepts() throws Exception {
    browser.get(base + "/ui-lang?set=en&next=/search?q=");
    List<WebElement> discovered = browser.findElements(By.cssSelector("a.facet-link.discovered"));
    assertFalse(discovered.isEmpty(), "unreviewed values are in the sidebar");
    WebElement label = discovered.get(0).findElement(By.cssSelector(".label"));
    assertEquals("italic", label.getCssValue("font-style"));
    assertEquals("dashed", label.getCssValue("border-bottom-style"));
    WebElement curated = browser.findElement(By.cssSelector("a.facet-link:not(.discovered) .label"));
    assertEquals("normal", curated.getCssValue("font-style"), "curated values keep the plain style");
    shot("discovered-facets.png");
    browser.findElement(By.cssSelector(".unreviewed-switch a")).click();
    assertTrue(browser.findElements(By.cssSelector("a.facet-link.discovered")).isEmpty(), "the switch hides them");

    browser.get(base + "/admin/login");
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    browser.findElement(By.name("password")).submit();
    browser.get(base + "/admin/discovered");
    assertTrue(browser.findElements(By.cssSelector(".review-contexts mark")).stream().anyMatch(m -> m.getText().equals("Qiu Wenming")),
        "contexts are shown: " + browser.getCurrentUrl());
    shot("review-page.png");
    WebElement item = browser.findElements(By.cssSelector("li.review-item")).stream()
        .filter(li -> li.findElement(By.cssSelector(".discovered-name")).getText().equals("Qiu Wenming"))
        .findFirst().orElseThrow();
    item.findElement(By.cssSelector("details.review-accept summary")).click();
    assertEquals("邱文明", item.findElement(By.name("zh_hans")).getAttribute("value"), "the linked Chinese name is proposed");
    item.findElement(By.cssSelector(".review-accept button[type=submit]")).click();
    // The click posts the form; the flash is on the page the redirect loads, so wait for it.
    WebElement flash = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector(".flash")).stream().findFirst().orElse(null));
    assertTrue(flash.getText().contains("accepted as qiu-wenming"), flash.getText());
    index.refresh();
    browser.get(base + "/search?q=" );
    assertTrue(browser.findElements(By.cssSelector("a.facet-link.discovered .label")).stream()
        .noneMatch(e -> e.getText().equals("Qiu Wenming")), "accepted: a curated value now");
  }

  /** The 繁體 interface at desktop and phone width: search, document and review pages. */
  @Test
  void traditionalInterfaceReadsInTaiwanUsageAtBothWidths() throws Exception {
    browser.get(base + "/ui-lang?set=zh-hant&next=/search?q=Taiwan");
    String[][] pages = {{"/search?q=Taiwan", "搜尋語法", "hant-search"}, {"/doc/en%2Ftao.txt", "返回結果", "hant-document"},
        {"/admin/discovered", "待審核的名稱", "hant-review"}};
    for (String[] page : pages) {
      browser.get(base + page[0]);
      if (!browser.findElements(By.name("password")).isEmpty()) {
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.name("password")).submit();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
            .until(d -> d.findElements(By.name("password")).isEmpty());
        browser.get(base + page[0]);
      }
      String text = browser.findElement(By.tagName("body")).getText();
      assertTrue(text.contains(page[1]), page[0] + ": " + text);
      assertFalse(text.contains("搜索") || text.contains("筛选") || text.contains("条结果"), page[0] + " has simplified interface text");
      shot(page[2] + "-desktop.png");
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 860));
      browser.get(base + page[0]);
      Long overflow = (Long) browser.executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertEquals(0L, overflow, page[0] + " fits a phone");
      shot(page[2] + "-phone.png");
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  @Test
  void batchRowsMarkUnreviewedNamesAndTheSwitchHidesThem() throws Exception {
    browser.get(base + "/ui-lang?set=en&next=/batch");
    browser.findElement(By.name("terms")).sendKeys("Taiwan");
    browser.findElement(By.cssSelector(".batch-actions button[type=submit]:not([formaction])")).click();
    var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10));
    List<WebElement> marked = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("#batch-table tbody span.discovered"));
      return found.isEmpty() ? null : found;
    });
    assertEquals("italic", marked.get(0).getCssValue("font-style"), "styled as the facets style it");
    WebElement badge = browser.findElement(By.cssSelector("#batch-table tbody span.discovered + span.unreviewed"));
    assertEquals("unreviewed", badge.getText());
    assertEquals("/batch", new java.net.URI(browser.getCurrentUrl()).getPath(), "answered through the API");
    browser.executeScript("document.getElementById('batch-table').scrollIntoView()");
    shot("batch-unreviewed.png");
    browser.findElement(By.cssSelector("input[name=reviewed]")).click();
    browser.findElement(By.cssSelector(".batch-actions button[type=submit]:not([formaction])")).click();
    // The click empties the table at once; the answer fills it again, this time without them.
    wait.until(d -> !d.findElements(By.cssSelector("#batch-table tbody tr")).isEmpty()
        && d.findElements(By.cssSelector("#batch-table tbody span.discovered")).isEmpty());
    assertTrue(browser.findElement(By.cssSelector("#batch-table tbody")).getText().contains("Taiwan"), "curated names stay");
  }
}
