package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.admin.PasswordHash;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/**
 * The admin area in headless Chromium, in English and in Chinese: the document picker by
 * keyboard, the confirmation that names what goes, the excluded list and restore. Screenshots go
 * to target/screenshots/admin-*.png.
 */
class AdminBrowserTest {
  private static final String PASSWORD = "a long admin password";

  @TempDir static Path dir;
  static Path source;
  static IndexView index;
  static WebServer server;
  static String base;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing");
    source = Files.createDirectories(dir.resolve("source"));
    Fixtures.writeCorpus(source);
    StraitsConfig config = Fixtures.config(source, dir.resolve("index"))
        .withAdminPasswordHash(PasswordHash.hash(PASSWORD.toCharArray()));
    App app = new App(config);
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    index = app.openIndex();
    server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, false);
    base = "http://127.0.0.1:" + server.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")), "--window-size=1280,900",
        "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(BrowserTest.SCREENSHOTS);
    browser.get(base + "/admin/login");
    browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    waitFor(() -> browser.getCurrentUrl().endsWith("/admin"));
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

  @Test
  void deleteAndRestoreInEnglish() throws Exception {
    ui("en");
    pickByKeyboard("Relations", "en/relations.txt", "admin-picker-en.png");
    browser.findElement(By.name("from_source")).click();
    browser.findElement(By.cssSelector("#delete-form button[type=submit]")).click();
    waitFor(() -> browser.getCurrentUrl().contains("/admin/delete?id="));
    assertEquals("Relations across the strait", browser.findElement(By.id("confirm-title")).getText());
    assertEquals("en/relations.txt", browser.findElement(By.id("confirm-id")).getText());
    assertTrue(browser.findElement(By.id("confirm-file-fate")).getText().contains("is deleted from the source folder too"));
    assertEquals("Delete this document and its file", browser.findElement(By.id("confirm-delete")).getText());
    screenshot("admin-confirm-en.png", 900);
    browser.navigate().back();

    // A document in a file with others: the file stays, the document is excluded and can come back.
    pickByKeyboard("南海", "cctv:2", null);
    browser.findElement(By.cssSelector("#delete-form button[type=submit]")).click();
    waitFor(() -> browser.getCurrentUrl().contains("/admin/delete?id="));
    assertTrue(browser.findElement(By.id("confirm-file-fate")).getText().contains("zh/news.jsonl stays in the source folder"));
    browser.findElement(By.id("confirm-delete")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/admin"));
    assertFlashStartsWith("Deleted “南海形势” (cctv:2) from the index.");
    WebElement row = browser.findElement(By.xpath("//table[@id='excluded']//tr[.//code[text()='cctv:2']]"));
    assertTrue(row.getText().contains("zh/news.jsonl"));
    scrollTo("excluded-heading");
    screenshot("admin-excluded-en.png", 900);

    row.findElement(By.cssSelector("button")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/admin"));
    assertFlashStartsWith("Restored “南海形势” (cctv:2)");
    server.administration().jobs().awaitIdle(Duration.ofMinutes(1));
    browser.navigate().refresh();
    assertTrue(browser.findElements(By.id("excluded")).isEmpty(), "nothing excluded any more");
    screenshot("admin-restored-en.png", 1400);
    index.refresh();
    browser.get(base + "/search?q=" + SearchLinks.encode("南海"));
    assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty(), "found again");
  }

  @Test
  void deleteAndRestoreInChinese() throws Exception {
    ui("zh");
    pickByKeyboard("两岸", "cctv:1", "admin-picker-zh.png");
    browser.findElement(By.cssSelector("#delete-form button[type=submit]")).click();
    waitFor(() -> browser.getCurrentUrl().contains("/admin/delete?id="));
    assertEquals("两岸关系和平发展", browser.findElement(By.id("confirm-title")).getText());
    assertTrue(browser.findElement(By.id("confirm-file-fate")).getText().contains("保留在源文件夹中"),
        browser.findElement(By.id("confirm-file-fate")).getText());
    assertEquals("删除此文档", browser.findElement(By.id("confirm-delete")).getText());
    screenshot("admin-confirm-zh.png", 900);
    browser.findElement(By.id("confirm-delete")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/admin"));
    assertFlashStartsWith("已从索引中删除“两岸关系和平发展”（cctv:1）");
    assertTrue(browser.findElement(By.id("excluded-heading")).getText().equals("已排除的文档"));
    scrollTo("excluded-heading");
    screenshot("admin-excluded-zh.png", 900);
    browser.findElement(By.xpath("//table[@id='excluded']//tr[.//code[text()='cctv:1']]//button")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/admin"));
    assertFlashStartsWith("已恢复“两岸关系和平发展”（cctv:1）");
    server.administration().jobs().awaitIdle(Duration.ofMinutes(1));
    browser.navigate().refresh();
    String stats = browser.findElement(By.id("stats-langs")).getText();
    assertTrue(stats.matches("英文 [\\d,]+ · 中文 [\\d,]+"), stats);
    screenshot("admin-restored-zh.png", 1400);
  }

  @Test
  void theConfirmationWithoutScriptListsWhatTheTextFinds() throws Exception {
    ui("en");
    browser.get(base + "/admin/delete?id=strait");
    List<WebElement> links = browser.findElements(By.cssSelector(".picker-results a"));
    assertFalse(links.isEmpty(), "titles with 'strait' are offered");
    links.get(0).click();
    waitFor(() -> !browser.findElements(By.id("confirm-delete")).isEmpty());
    screenshot("admin-candidates-en.png", 900);
  }

  /** Types into the picker, optionally shoots the open list, and chooses {@code expectedId} with the arrow keys. */
  @Test
  void progressCountsDocumentsInsideOneLargeFile() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 15000; i++) {
      jsonl.append("{\"id\":\"bulk:").append(i).append("\",\"title\":\"Shipping bulletin ").append(i)
          .append("\",\"body\":\"Ferries between Xiamen and Kinmen ran on schedule, notice ").append(i).append(".\",\"lang\":\"en\"}\n");
    }
    Fixtures.write(source, "bulk/bulletins.jsonl", jsonl.toString());
    ui("en");
    browser.get(base + "/admin");
    browser.findElement(By.cssSelector("button[name=mode][value=incremental]")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/admin"));
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
      String state = (String) browser.executeScript("const s = document.getElementById('job-state'); return s ? s.textContent : '';");
      return state.matches("(?s).*[1-9][\\d,]* of about 15,000 documents \\(\\d+%\\), 0 of 1 files done.*");
    });
    screenshot("admin-progress-en.png", 900);
    server.administration().jobs().awaitIdle(Duration.ofMinutes(5));
  }

  @Test
  void thePickerAndTheConfirmationFitAPhone() throws Exception {
    ui("zh");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base + "/admin");
    WebElement box = browser.findElement(By.id("doc-pick"));
    box.sendKeys("臺灣");
    waitFor(() -> !browser.findElements(By.cssSelector("#doc-pick-list [role=option]")).isEmpty());
    scrollTo("delete-heading");
    long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(overflow <= 0, "no sideways scrolling: " + overflow + " px");
    shoot("admin-picker-phone-zh.png");
    browser.get(base + "/admin/delete?id=cctv%3A1&from_source=on");
    assertTrue(browser.findElement(By.id("confirm-delete")).isDisplayed());
    shoot("admin-confirm-phone-zh.png");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  private static void pickByKeyboard(String typed, String expectedId, String screenshot) throws Exception {
    browser.get(base + "/admin");
    WebElement box = browser.findElement(By.id("doc-pick"));
    box.sendKeys(typed);
    By options = By.cssSelector("#doc-pick-list [role=option]");
    waitFor(() -> !browser.findElements(options).isEmpty());
    List<WebElement> found = browser.findElements(options);
    int at = 0;
    while (at < found.size() && !found.get(at).getText().contains(expectedId)) {
      at++;
    }
    assertTrue(at < found.size(), expectedId + " is offered for '" + typed + "'");
    if (screenshot != null) {
      screenshot(screenshot, 900);
    }
    for (int i = 0; i <= at; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    assertEquals("true", found.get(at).getAttribute("aria-selected"));
    box.sendKeys(Keys.ENTER);
    assertEquals(expectedId, box.getAttribute("value"), "choosing puts the id in the box");
    assertEquals("false", box.getAttribute("aria-expanded"));
    assertFalse(browser.findElement(By.id("doc-pick-list")).isDisplayed(), "the list closes");
  }

  /** The page's message, read in one step: the page reloads itself when a run it started ends. */
  /**
   * Waits for the flash to say {@code prefix}: a restore posts from /admin back to /admin, so the
   * URL alone cannot tell the new page from the old one, whose flash is still the deletion's.
   */
  private static void assertFlashStartsWith(String prefix) {
    String[] last = new String[1];
    try {
      waitFor(() -> (last[0] = flash()).startsWith(prefix));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the flash never said \"" + prefix + "\"; it says \"" + last[0] + "\"", e);
    }
  }

  private static String flash() {
    String[] text = new String[1];
    waitFor(() -> (text[0] = (String) browser.executeScript(
        "const p = document.querySelector('p.flash'); return p ? p.textContent : null;")) != null);
    return text[0];
  }

  private static void ui(String lang) {
    browser.get(base + "/ui-lang?set=" + lang + "&next=/admin");
  }

  private static void scrollTo(String id) {
    browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  private static void screenshot(String name, int height) throws Exception {
    browser.manage().window().setSize(new Dimension(1280, height));
    shoot(name);
  }

  private static void shoot(String name) throws Exception {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), BrowserTest.SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
