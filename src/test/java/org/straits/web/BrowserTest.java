package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in headless Chromium (the Debian chromium and chromium-driver packages; Selenium
 * Manager is never asked to download anything). Screenshots go to target/screenshots/.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  static WebFixture site;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = chromium(dir.resolve("chrome-profile"));
    site = WebFixture.start(dir.resolve("site"));
  }

  /** Headless Chromium at 1280×900 with its own profile; skips the test class when it is not installed. */
  static ChromeDriver chromium(Path profile) throws java.io.IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing "
            + "(apt-get install chromium chromium-driver)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(profile), "--window-size=1280,900",
        "--lang=en-US");
    // An explicit driver and browser: Selenium Manager has nothing to look up or download.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
    return chrome;
  }

  @AfterAll
  static void stop() throws Exception {
    quitAndClose(browser, site);
  }

  /** Ends a test class's browser and the site it drove; either may never have started. */
  static void quitAndClose(ChromeDriver chrome, AutoCloseable served) throws Exception {
    if (chrome != null) {
      chrome.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  @BeforeEach
  void englishInterface() {
    browser.get(site.url("/ui-lang?set=en&next=/"));
  }

  @Test
  void searchInEnglishByKeyboard() throws Exception {
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("ferry", Keys.ENTER);
    waitFor(() -> browser.getCurrentUrl().contains("q=ferry"));
    List<WebElement> marks = browser.findElements(By.cssSelector(".hit mark"));
    assertFalse(marks.isEmpty(), "matches highlighted");
    assertEquals("ferry", marks.get(0).getText().toLowerCase());
    assertTrue(browser.findElement(By.cssSelector(".result-count")).getText().startsWith("1 result in"));
    screenshot("search-en.png");
  }

  @Test
  void searchInChineseMarksTheRightCharacters() throws Exception {
    browser.get(site.url("/search?q=" + SearchLinks.encode("臺灣海峽")));
    List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
    assertTrue(hits.size() >= 2, "simplified and traditional documents found");
    List<String> marked = browser.findElements(By.cssSelector(".hit mark")).stream().map(WebElement::getText).toList();
    assertFalse(marked.isEmpty());
    for (String text : marked) {
      assertTrue(text.matches("(?i)[台臺]?[湾灣]?(海峡|海峽)?|taiwan( strait)?|strait|[台臺][湾灣]|海峡|海峽"),
          "a mark covers only query characters: '" + text + "'");
    }
    screenshot("search-zh.png");
  }

  @Test
  void aDocumentPageMarksEveryQueryWordAndNothingElse() throws Exception {
    browser.get(site.url("/doc/" + WebFixture.XI_VISIT_ID + "?q=" + SearchLinks.encode("Xi Jinping visit")));
    List<String> marked = browser.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList();
    assertTrue(marked.contains("Xi Jinping's visit"), "Xi Jinping's and visit: " + marked);
    assertTrue(marked.contains("Xi Jinping visited"), "the inflection visited: " + marked);
    assertTrue(marked.contains("visit"), marked.toString());
    assertTrue(marked.stream().noneMatch(m -> m.toLowerCase().contains("president")), "never a word not typed: " + marked);
    assertTrue(marked.stream().allMatch(m -> m.matches("(?i)(xi|jinping|jinping's|visit|visited|\\s)+")), marked.toString());
    String count = browser.findElement(By.tagName("body")).getText();
    assertTrue(count.contains("4 matches for “Xi Jinping visit”"), "one per marked occurrence, plural: " + count);
    screenshot("doc-xi-visit.png");
  }

  @Test
  void clickingARegionFacetChangesCountsAndResults() throws Exception {
    browser.get(site.url("/search"));
    String before = browser.findElement(By.cssSelector(".result-count")).getText();
    WebElement taiwan = browser.findElement(By.xpath("//section[@data-dim='region']//a[.//span[@class='label' and text()='Taiwan']]"));
    taiwan.click();
    waitFor(() -> browser.getCurrentUrl().contains("region=Taiwan"));
    String after = browser.findElement(By.cssSelector(".result-count")).getText();
    assertNotEquals(before, after, "the total changes");
    assertFalse(browser.findElements(By.cssSelector(".chips .chip")).isEmpty(), "a removable chip appears");
    assertFalse(browser.findElements(By.cssSelector("section[data-dim='region'] .facet-link.selected")).isEmpty());
    browser.navigate().back();
    waitFor(() -> !browser.getCurrentUrl().contains("region="));
    assertEquals(before, browser.findElement(By.cssSelector(".result-count")).getText(), "back restores the search");
  }

  @Test
  void documentPageShowsMarksAndJumpLink() throws Exception {
    browser.get(site.url("/search?q=ferry"));
    browser.findElement(By.cssSelector(".hit-title a")).click();
    waitFor(() -> browser.getCurrentUrl().contains("/doc/"));
    WebElement first = browser.findElement(By.id("m1"));
    assertEquals("ferry", first.getText().toLowerCase());
    assertTrue(browser.findElements(By.cssSelector(".doc-text mark")).size() >= 2);
    screenshot("document.png");
    browser.findElement(By.cssSelector("a.first-match")).click();
    assertTrue(browser.getCurrentUrl().endsWith("#m1"));
    browser.get(site.url("/doc/cna:2020/defense?q=" + SearchLinks.encode("台湾海峡")));
    assertFalse(browser.findElements(By.cssSelector(".doc-text mark")).isEmpty(), "simplified query marks traditional text");
    screenshot("document-zh.png");
  }

  @Test
  void switchingTheInterfaceLanguage() throws Exception {
    browser.get(site.url("/search?q=ferry"));
    assertEquals("Search", browser.findElement(By.cssSelector(".search-form button")).getText());
    browser.findElement(By.cssSelector("a.ui-toggle")).click();
    waitFor(() -> browser.findElement(By.cssSelector(".search-form button")).getText().equals("搜索"));
    assertTrue(browser.getCurrentUrl().contains("q=ferry"), "the search is kept");
    browser.get(site.url("/"));
    assertEquals("搜索", browser.findElement(By.cssSelector(".search-form button")).getText(), "remembered in a cookie");
    browser.get(site.url("/search?q=" + SearchLinks.encode("台湾")));
    screenshot("search-zh-ui.png");
  }

  @Test
  void xssPayloadsShowAsTextAndNeverRun() throws Exception {
    browser.get(site.url("/search?q=payload"));
    assertNoAlert();
    String text = browser.findElement(By.cssSelector(".hits")).getText();
    assertTrue(text.contains("<script>alert(1)</script>"), text);
    assertTrue(text.contains("\"><img src=x onerror=alert(1)>"), text);
    assertTrue(browser.findElements(By.cssSelector(".hits img")).isEmpty());
    browser.get(site.url("/doc/xss:payload?q=" + SearchLinks.encode(WebFixture.XSS_IMG)));
    assertNoAlert();
    assertTrue(browser.findElement(By.cssSelector(".doc-text")).getText().contains("<img src=x onerror=alert(1)>"));
    assertTrue(browser.findElements(By.cssSelector("main img")).isEmpty());
  }

  @Test
  void facetFilterBoxQueriesTheApi() throws Exception {
    browser.get(site.url("/search"));
    WebElement box = browser.findElement(By.cssSelector(".facet-filter input[data-dim='author']"));
    box.sendKeys("analyst 2");
    By found = By.cssSelector("section[data-dim='author'] .filter-results a");
    waitFor(() -> browser.findElements(found).size() == 7);
    browser.findElements(found).get(0).click();
    waitFor(() -> browser.getCurrentUrl().contains("author=Analyst"));
    assertEquals("1 result", browser.findElement(By.cssSelector(".result-count")).getText().substring(0, 8));
  }

  @Test
  void readableOnAPhone() throws Exception {
    browser.manage().window().setSize(new Dimension(400, 860));
    browser.get(site.url("/search?q=" + SearchLinks.encode("金门")));
    Long overflow = (Long) browser.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0L, overflow, "no sideways scrolling");
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve("search-phone.png"), StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void suggestionsByKeyboardLeadToFilteredResults() throws Exception {
    browser.get(site.url("/"));
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Kin");
    List<WebElement> options = waitForSuggestions();
    assertEquals("true", box.getAttribute("aria-expanded"));
    assertEquals("combobox", box.getAttribute("role"));
    WebElement first = options.get(0);
    assertTrue(first.getText().contains("Kinmen") && first.getText().contains("金门"), first.getText());
    assertTrue(first.getText().contains("Region"), "the kind is shown: " + first.getText());
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals(first.getAttribute("id"), box.getAttribute("aria-activedescendant"));
    assertEquals("true", first.getAttribute("aria-selected"));
    screenshot("suggest.png");
    box.sendKeys(Keys.ENTER);
    waitFor(() -> browser.getCurrentUrl().contains("region=kinmen"));
    assertTrue(browser.findElement(By.cssSelector(".result-count")).getText().startsWith("3 results"));
  }

  @Test
  void escapeClosesSuggestionsAndEnterStillSearches() throws Exception {
    browser.get(site.url("/"));
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("金");
    waitForSuggestions();
    box.sendKeys(Keys.ESCAPE);
    waitFor(() -> !browser.findElement(By.id("q-suggestions")).isDisplayed());
    assertEquals("false", box.getAttribute("aria-expanded"));
    box.sendKeys(Keys.ENTER);
    waitFor(() -> browser.getCurrentUrl().contains("q=%E9%87%91"));
  }

  @Test
  void suggestedTextIsNeverMarkup() throws Exception {
    browser.get(site.url("/"));
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("payload");
    List<WebElement> options = waitForSuggestions();
    assertTrue(options.get(0).getText().contains(WebFixture.XSS_SCRIPT + " payload title"), options.get(0).getText());
    assertNoAlert();
    box.clear();
    box.sendKeys(WebFixture.XSS_IMG + " " + WebFixture.XSS_SCRIPT);
    Thread.sleep(600);
    assertNoAlert();
    assertTrue(browser.findElements(By.cssSelector("#q-suggestions img, #q-suggestions script")).isEmpty());
  }

  @Test
  void entityPageRenders() throws Exception {
    browser.get(site.url("/entity/kinmen"));
    assertTrue(browser.findElement(By.cssSelector("h1")).getText().contains("Kinmen"));
    assertEquals(6, browser.findElements(By.cssSelector(".histogram a")).size(), "2015 to 2020");
    assertEquals(3, browser.findElements(By.cssSelector(".entity-docs li")).size());
    screenshot("entity.png");
    browser.findElement(By.cssSelector(".co-mentions a[href='/entity/taiwan-strait']")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/entity/taiwan-strait"));
    browser.get(site.url("/ui-lang?set=zh&next=/entity/kinmen"));
    assertTrue(browser.findElement(By.cssSelector(".entity-kind")).getText().contains("县"));
    screenshot("entity-zh.png");
  }

  private static List<WebElement> waitForSuggestions() {
    By options = By.cssSelector("#q-suggestions [role=option]");
    waitFor(() -> !browser.findElements(options).isEmpty() && browser.findElement(By.id("q-suggestions")).isDisplayed());
    return browser.findElements(options);
  }

  private static void assertNoAlert() {
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert opened: a payload ran");
    } catch (NoAlertPresentException expected) {
      // Nothing ran.
    }
  }

  @Test
  void batchTableAndEntityNoteReadInTheInterfacesScript() throws Exception {
    for (String lang : List.of("en", "zh-hant")) {
      browser.get(site.url("/ui-lang?set=" + lang + "&next=/batch"));
      browser.findElement(By.name("terms")).sendKeys("Kinmen");
      browser.findElement(By.cssSelector(".batch-actions button[type=submit]:not([formaction])")).click();
      // The table is filled by the page's script from /api/batch's labels.
      waitFor(() -> browser.findElements(By.cssSelector("#batch-table tbody tr td:nth-child(5)")).stream()
          .anyMatch(td -> !td.getText().isBlank()));
      String regions = browser.findElement(By.cssSelector("#batch-table tbody tr td:nth-child(5)")).getText();
      assertEquals(lang.equals("en") ? "Taiwan, Taiwan Strait" : "臺灣、臺灣海峽", regions);
      assertEquals("/batch", new java.net.URI(browser.getCurrentUrl()).getPath(), "answered through the API");
      shotsAtBothWidths("batch-" + lang, "#batch-table");
      browser.get(site.url("/entity/prc"));
      WebElement note = browser.findElement(By.cssSelector("dd.entity-note"));
      assertEquals(lang.equals("en") ? "" : "en", note.getDomAttribute("lang") == null ? "" : note.getDomAttribute("lang"));
      assertTrue(note.getText().contains(lang.equals("en") ? "PRC Government" : "中國政府"), note.getText());
      shotsAtBothWidths("entity-note-" + lang, "dd.entity-note");
    }
  }

  /** The page at 1280 and at 390 pixels wide (a phone), scrolled to what {@code selector} finds. */
  private static void shotsAtBothWidths(String name, String selector) throws Exception {
    for (int width : List.of(1280, 390)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.cssSelector(selector)));
      File shot = browser.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  static void screenshot(String name) throws Exception {
    screenshot(browser, name);
  }

  static void screenshot(ChromeDriver driver, String name) throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 900));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
