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

/**
 * An analyst's standing work in headless Chromium: following a search, saved and recent searches,
 * the batch page, and a repost folded into its story. Screenshots go to target/screenshots/.
 */
class StandingWorkBrowserTest {
  @TempDir static Path dir;
  static RepostSite site;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = BrowserTest.chromium(dir.resolve("chrome-profile"));
    site = RepostSite.start(dir.resolve("site"));
  }

  @AfterAll
  static void stop() throws Exception {
    BrowserTest.quitAndClose(browser, site);
  }

  @BeforeEach
  void englishInterface() {
    browser.get(site.url("/ui-lang?set=en&next=/"));
  }

  @Test
  void everyResultPageLinksAndAdvertisesItsFeed() throws Exception {
    browser.get(site.url("/search?q=Kinmen&lang=en"));
    WebElement follow = browser.findElement(By.cssSelector(".feed-link"));
    assertEquals("Follow this search", follow.getText());
    String href = follow.getAttribute("href");
    assertTrue(href.contains("/feed.atom?") && href.contains("q=Kinmen") && href.contains("lang=en"), href);
    WebElement alternate = browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"));
    assertEquals(href, alternate.getAttribute("href"));
    screenshot("follow-search.png");
  }

  @Test
  void aRepostIsOneHitThatExpandsToItsOtherVersion() throws Exception {
    browser.get(site.url("/search?q=" + SearchLinks.encode("Kinmen coast guard")));
    List<WebElement> titles = browser.findElements(By.cssSelector(".hit-title a"));
    assertFalse(titles.stream().anyMatch(t -> t.getText().startsWith("UPDATE 2-")), "the repost is not a hit of its own");
    WebElement versions = browser.findElement(By.cssSelector(".hit details.versions"));
    WebElement summary = versions.findElement(By.tagName("summary"));
    assertEquals("1 other version", summary.getText());
    summary.click();
    WebElement other = versions.findElement(By.cssSelector("li a"));
    waitFor(other::isDisplayed);
    assertTrue(other.getText().startsWith("UPDATE 2-Taiwan says"), other.getText());
    assertTrue(browser.findElement(By.cssSelector(".versions-note")).getText().contains("1 repost folded into its story"));
    screenshot("repost-collapsed.png");
    browser.findElement(By.cssSelector(".versions-toggle")).click();
    waitFor(() -> browser.getCurrentUrl().contains("dups=show"));
    assertTrue(browser.findElements(By.cssSelector(".hit-title a")).stream().anyMatch(t -> t.getText().startsWith("UPDATE 2-")));
  }

  @Test
  void recentAndStarredSearchesStayInTheBrowserAndRerunWithOneClick() throws Exception {
    browser.get(site.url("/search?q=Kinmen&lang=en"));
    browser.get(site.url("/search?q=" + SearchLinks.encode("两岸同胞")));
    WebElement panel = browser.findElement(By.id("my-searches"));
    waitFor(panel::isDisplayed);
    List<String> recent = panel.findElements(By.cssSelector(".searches-recent a.rerun")).stream().map(WebElement::getText).toList();
    assertEquals("两岸同胞", recent.get(0));
    assertEquals("Kinmen · Language: English", recent.get(1));

    panel.findElement(By.cssSelector(".star-search")).click();
    waitFor(() -> browser.findElement(By.cssSelector("#my-searches .star-search")).getText().startsWith("★"));
    browser.get(site.url("/search?q=ferry"));
    WebElement starred = browser.findElement(By.cssSelector("#my-searches .searches-starred a.rerun"));
    assertEquals("两岸同胞", starred.getText());

    WebElement item = starred.findElement(By.xpath(".."));
    item.findElement(By.cssSelector(".copy-feed")).click();
    WebElement feedUrl = browser.findElement(By.cssSelector("#my-searches .searches-starred input.feed-url"));
    assertEquals(site.url("/feed.atom?q=" + SearchLinks.encode("两岸同胞")), feedUrl.getAttribute("value"));
    screenshot("saved-searches.png");

    browser.findElement(By.cssSelector("#my-searches .searches-starred a.rerun")).click();
    waitFor(() -> browser.getCurrentUrl().contains("q=%E4%B8%A4"));
    assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty());
    String stored = (String) browser.executeScript("return window.localStorage.getItem('straits.starred')");
    assertTrue(stored.contains("两岸同胞"), "kept in the browser's own storage: " + stored);
  }

  @Test
  void aSavedSearchReadsInTheLanguageTheReaderUsesNow() throws Exception {
    browser.get(site.url("/search?q=Kinmen&lang=en"));
    browser.get(site.url("/search?lang=en"));
    for (String[] ui : new String[][] {{"zh", "Kinmen · 语言: 英文", "全部文档 · 语言: 英文"},
        {"zh-hant", "Kinmen · 語言: 英文", "全部文件 · 語言: 英文"}, {"en", "Kinmen · Language: English", "All documents · Language: English"}}) {
      browser.get(site.url("/ui-lang?set=" + ui[0] + "&next=/search?q=ferry"));
      waitFor(() -> recentTitles().size() >= 3 && recentTitles().get(1).equals(ui[2]) && recentTitles().get(2).equals(ui[1]));
      assertEquals(List.of("ferry", ui[2], ui[1]), recentTitles().subList(0, 3), "saved in English, read in " + ui[0]);
    }
  }

  private static List<String> recentTitles() {
    return browser.findElements(By.cssSelector("#my-searches .searches-recent a.rerun")).stream().map(WebElement::getText).toList();
  }

  @Test
  void theSavedSearchesPanelSpeaksTheReadersLanguageAndFollowsTheFiltersInThePhoneDrawer() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 860));
    try {
      for (String ui : List.of("en", "zh")) {
        browser.get(site.url("/ui-lang?set=" + ui + "&next=/"));
        browser.get(site.url("/search?lang=en"));
        browser.get(site.url("/search?q=Kinmen&region=Taiwan"));
        browser.findElement(By.cssSelector(".filters-open")).click();
        WebElement panel = browser.findElement(By.id("my-searches"));
        waitFor(panel::isDisplayed);
        List<String> recent = panel.findElements(By.cssSelector(".searches-recent a.rerun")).stream()
            .map(WebElement::getText).toList();
        assertEquals(ui.equals("en") ? "All documents · Language: English" : "全部文档 · 语言: 英文", recent.get(1), recent.toString());
        assertTrue(recent.get(0).startsWith(ui.equals("en") ? "Kinmen · Region: " : "Kinmen · 地区: "), recent.toString());
        int filters = browser.findElement(By.cssSelector("#facets .facet-date")).getLocation().getY();
        int saved = panel.getLocation().getY();
        java.io.File shot = browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        Files.copy(shot.toPath(), BrowserTest.SCREENSHOTS.resolve("drawer-phone-" + ui + ".png"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(filters < saved, "in the drawer the filters come first: date at " + filters + ", searches at " + saved);
      }
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  @Test
  void theBatchPageSearchesAListWithProgressAndSortsTheTable() throws Exception {
    browser.get(site.url("/batch"));
    browser.findElement(By.name("terms")).sendKeys("Kinmen\n两岸同胞\nferry\n" + "y".repeat(1001) + "\ncoast guard\n");
    browser.findElement(By.cssSelector(".batch-actions button[type=submit]:not([formaction])")).click();
    WebElement status = browser.findElement(By.cssSelector(".batch-progress"));
    waitFor(() -> status.getText().startsWith("Done"));
    assertEquals("Done: 4 terms searched.", status.getText());
    assertEquals("/batch", new java.net.URI(browser.getCurrentUrl()).getPath(), "answered in place, through the API");
    List<WebElement> rows = browser.findElements(By.cssSelector("#batch-table tbody tr"));
    assertEquals(4, rows.size());
    assertTrue(browser.findElement(By.cssSelector(".batch-skipped")).getText().contains("line 4"), "the bad line is named");

    browser.findElement(By.cssSelector("th[data-key=total] button")).click();
    browser.findElement(By.cssSelector("th[data-key=total] button")).click();
    List<Long> totals = browser.findElements(By.cssSelector("#batch-table tbody tr td.num")).stream()
        .map(td -> Long.parseLong(td.getText())).toList();
    for (int i = 1; i < totals.size(); i++) {
      assertTrue(totals.get(i) <= totals.get(i - 1), "sorted by documents, most first: " + totals);
    }
    assertEquals("descending", browser.findElement(By.cssSelector("th[data-key=total]")).getAttribute("aria-sort"));
    browser.executeScript("document.querySelector('.batch-progress').scrollIntoView()");
    screenshot("batch.png");
  }

  @Test
  void theBatchPageSaysOneTermInTheSingular() throws Exception {
    for (String[] ui : new String[][] {{"en", "Done: 1 term searched."}, {"zh", "完成：共检索 1 个词。"},
        {"zh-hant", "完成：共搜尋 1 個詞。"}}) {
      browser.get(site.url("/ui-lang?set=" + ui[0] + "&next=/batch"));
      browser.findElement(By.name("terms")).sendKeys("Kinmen\n");
      browser.findElement(By.cssSelector(".batch-actions button[type=submit]:not([formaction])")).click();
      WebElement status = browser.findElement(By.cssSelector(".batch-progress"));
      waitFor(() -> !status.getText().isEmpty() && !status.getText().contains("…"));
      assertEquals(ui[1], status.getText());
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  private static void screenshot(String name) throws Exception {
    BrowserTest.screenshot(browser, name);
  }
}
