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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader of either interface language sees, in headless Chromium at desktop and phone
 * width: entity names in their script, translated errors, the facet "find a value" box by any
 * name, the phone's filter drawer, and the export links. Screenshots go to target/screenshots/.
 */
class ReaderBrowserTest {
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);

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

  private static void as(String lang, Dimension size) {
    browser.manage().window().setSize(size);
    browser.get(site.url("/ui-lang?set=" + lang + "&next=/"));
  }

  @Test
  void chineseInterfaceNamesEntitiesInSimplifiedThenTraditional() throws Exception {
    as("zh", DESKTOP);
    browser.get(site.url("/search"));
    WebElement taiwan = browser.findElement(By.xpath("//section[@data-dim='region']//a[.//span[@class='label' and text()='台湾']]"));
    taiwan.click();
    waitFor(() -> browser.getCurrentUrl().contains("region=Taiwan"));
    assertEquals("地区: 台湾", chipText(), "the chip in Chinese, the URL canonical");
    assertTrue(labels("actor").contains("中国政府"), labels("actor").toString());
    // The PLA is a part of the Chinese government: listed once the actors are all shown.
    browser.findElement(By.cssSelector("#facet-actor a.facet-more")).click();
    waitFor(() -> labels("actor").contains("中国人民解放军"));
    shot("zh-facets-chips.png");
    browser.get(site.url("/search?q=" + SearchLinks.encode("臺灣")));
    assertTrue(labels("region").contains("臺灣"), "a traditional query reads traditional names: " + labels("region"));
    shot("zh-hant-query.png");
    browser.get(site.url("/search"));
    browser.findElement(By.cssSelector("a.script-toggle")).click();
    waitFor(() -> labels("region").contains("臺灣"));
    assertTrue(labels("region").contains("臺灣海峽"), "traditional by choice, remembered");
    browser.get(site.url("/ui-lang?set=zh&next=/"));
  }

  @Test
  void entityAndDocumentPagesInBothLanguages() throws Exception {
    as("zh", DESKTOP);
    browser.get(site.url("/entity/kinmen"));
    assertEquals("所属 台湾 ▸ 金门", "所属 " + browser.findElement(By.cssSelector(".breadcrumbs")).getText());
    assertTrue(browser.findElement(By.cssSelector("h1")).getText().startsWith("金门"));
    assertTrue(browser.findElement(By.cssSelector(".co-mentions")).getText().contains("台湾海峡"));
    shot("zh-entity.png");
    browser.get(site.url("/doc/" + WebFixture.KINMEN_ID + "?q=ferry"));
    String side = browser.findElement(By.cssSelector(".doc-side")).getText();
    assertTrue(side.contains("金门") && side.contains("台湾海峡") && side.contains("中国人民解放军"), side);
    shot("zh-document.png");
    as("en", DESKTOP);
    browser.get(site.url("/entity/kinmen"));
    assertEquals("Taiwan ▸ Kinmen", browser.findElement(By.cssSelector(".breadcrumbs")).getText());
    shot("en-entity.png");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void errorPagesInTheInterfaceLanguage(String lang) throws Exception {
    as(lang, DESKTOP);
    browser.get(site.url("/search?q=ferry&sort=random"));
    String message = browser.findElement(By.cssSelector(".error-message")).getText();
    assertEquals(lang.equals("zh") ? "未知的排序方式“random”：可用 relevance（相关度）、newest（最新）或 oldest（最早）"
        : "unknown sort 'random': use relevance, newest or oldest", message);
    shot(lang + "-error.png");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void findAValueByAliasAndChineseName(String lang) throws Exception {
    as(lang, DESKTOP);
    browser.get(site.url("/search"));
    WebElement box = browser.findElement(By.cssSelector(".facet-filter input[data-dim='region']"));
    box.sendKeys("quem");
    String found = "section[data-dim='region'] .filter-results a";
    waitFor(() -> !foundTexts(found).isEmpty());
    String first = foundTexts(found).get(0);
    assertTrue(first.startsWith(lang.equals("zh") ? "台湾 ▸ 金门 (Quemoy)" : "Taiwan ▸ Kinmen (Quemoy)"), first);
    shot(lang + "-find-value.png");
    box.clear();
    box.sendKeys("金");
    waitFor(() -> foundTexts(found).size() == 1 && foundTexts(found).get(0).contains(lang.equals("zh") ? "金门" : "Kinmen"));
    // The list may be drawn again (the answer for the previous text) between finding and clicking.
    waitFor(() -> {
      try {
        browser.findElement(By.cssSelector(found)).click();
        return true;
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        return false;
      }
    });
    waitFor(() -> browser.getCurrentUrl().contains("region=Taiwan%2FKinmen"));
    assertTrue(browser.findElement(By.cssSelector(".result-count")).getText().startsWith(lang.equals("zh") ? "共 3 条" : "3 results"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void phoneFiltersOpenAsADrawerAboveTheResultsByKeyboard(String lang) throws Exception {
    as(lang, PHONE);
    browser.get(site.url("/search?q=strait&lang=en"));
    WebElement open = browser.findElement(By.cssSelector("a.filters-open"));
    WebElement drawer = browser.findElement(By.id("facets"));
    assertTrue(open.isDisplayed());
    assertEquals(lang.equals("zh") ? "筛选（1）" : "Filters (1)", open.getText(), "counts the active filters");
    assertFalse(drawer.isDisplayed(), "closed until asked for");
    assertEquals(0L, overflow(), "no sideways scrolling");
    shot(lang + "-phone-closed.png");
    focus(open);
    open.sendKeys(Keys.ENTER);
    waitFor(drawer::isDisplayed);
    assertEquals("true", open.getAttribute("aria-expanded"));
    assertEquals("facets", browser.switchTo().activeElement().getAttribute("id"), "focus moves into the drawer");
    int drawerTop = drawer.getLocation().getY();
    int firstHit = browser.findElement(By.cssSelector(".hit")).getLocation().getY();
    assertTrue(drawerTop < firstHit, "the drawer is above the results: " + drawerTop + " < " + firstHit);
    assertEquals(0L, overflow());
    shot(lang + "-phone-drawer.png");
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    waitFor(() -> !drawer.isDisplayed());
    assertEquals("false", open.getAttribute("aria-expanded"));
    assertTrue(open.equals(browser.switchTo().activeElement()), "focus returns to the Filters button");
    // Without JavaScript the button is a link to #facets: the :target rule alone opens the drawer.
    browser.get(site.url("/search?q=strait#facets"));
    assertTrue(browser.findElement(By.id("facets")).isDisplayed());
    assertFalse(browser.findElement(By.id("facets")).getAttribute("class").contains("open"));
    shot(lang + "-phone-target.png");
    browser.manage().window().setSize(DESKTOP);
    browser.get(site.url("/search?q=strait"));
    assertFalse(browser.findElement(By.cssSelector("a.filters-open")).isDisplayed(), "no button on a desktop");
    assertTrue(browser.findElement(By.id("facets")).isDisplayed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void exportLinksCarryTheFilters(String lang) throws Exception {
    as(lang, DESKTOP);
    browser.get(site.url("/search?q=bulletin&region=Taiwan%20Strait"));
    List<WebElement> links = browser.findElements(By.cssSelector("nav.export a"));
    assertEquals(List.of("CSV", "Excel", "JSON"), links.stream().map(WebElement::getText).toList());
    for (WebElement link : links) {
      String href = link.getAttribute("href");
      assertTrue(href.contains("q=bulletin") && href.contains("region=Taiwan%20Strait"), href);
    }
    assertTrue(links.get(1).getAttribute("href").contains("/export.xlsx?"));
    shot(lang + "-export-links.png");
  }

  private static String chipText() {
    return browser.findElement(By.cssSelector(".chips .chip")).getText().replace("×", "").replaceAll("\\(.*\\)", "").strip()
        .replaceAll("\\s+", " ");
  }

  /**
   * A facet value's ⓘ stays on its row when the name wraps ("Chinese Communist Party" in the
   * sidebar): the name wraps inside its link, beside the count and the ⓘ, in both languages.
   */
  @Test
  void theEntityLinkStaysBesideAWrappedName() throws Exception {
    for (String lang : List.of("en", "zh")) {
      as(lang, new Dimension(1280, 900));
      browser.get(site.url("/search?more=actor&more=region"));
      // Each shown value with an ⓘ: [name, whether its name wraps, whether the ⓘ is below the row].
      @SuppressWarnings("unchecked")
      List<List<Object>> rows = (List<List<Object>>) browser.executeScript("""
          return Array.from(document.querySelectorAll('.facet-values > li')).filter(li =>
              li.querySelector(':scope > .entity-info') && li.querySelector(':scope > .facet-link').getClientRects().length)
            .map(li => {
              const link = li.querySelector(':scope > .facet-link').getBoundingClientRect();
              const label = li.querySelector('.label');
              const line = 1.2 * parseFloat(getComputedStyle(label).fontSize);
              const info = li.querySelector(':scope > .entity-info').getBoundingClientRect();
              return [label.textContent, label.getBoundingClientRect().height > 1.5 * line, info.top >= link.bottom - 1];
            });""");
      List<Object> wrapped = rows.stream().filter(r -> (Boolean) r.get(1)).map(r -> r.get(0)).toList();
      List<Object> apart = rows.stream().filter(r -> (Boolean) r.get(2)).map(r -> r.get(0)).toList();
      browser.executeScript("document.querySelector(\"section[data-dim='region']\").scrollIntoView();");
      shot("facet-wrapped-names-" + lang + ".png");
      if (lang.equals("en")) {
        assertTrue(wrapped.contains("People's Liberation Army"), "a long name wraps in the sidebar: " + rows);
      }
      assertTrue(apart.isEmpty(), lang + ": the ⓘ fell below its value: " + apart + " (wrapped: " + wrapped + ")");
    }
  }

  /** On a phone a document's date beside its title on the entity page wraps as a whole, never at a hyphen. */
  @Test
  void entityPageDatesNeverBreak() throws Exception {
    as("zh", new Dimension(390, 900));
    List<Object> broken = new java.util.ArrayList<>();
    for (int width = 300; width <= 420; width += 6) {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.get(site.url("/entity/taiwan"));
      broken.addAll((List<?>) browser.executeScript("""
          return Array.from(document.querySelectorAll('.entity-docs time'))
            .filter(t => t.getClientRects().length > 1).map(t => window.innerWidth + ' ' + t.textContent);"""));
    }
    shot("entity-dates-phone.png");
    assertTrue(browser.findElements(By.cssSelector(".entity-docs time")).size() > 0, "the page lists dated documents");
    assertTrue(broken.isEmpty(), "dates broken across lines: " + broken);
  }

  private static List<String> labels(String dim) {
    return browser.findElements(By.cssSelector("section[data-dim='" + dim + "'] .facet-link .label")).stream()
        .map(e -> e.getAttribute("textContent").strip()).toList();
  }

  /** The texts of the elements {@code css} selects, read in one step (the list is re-rendered as one types). */
  @SuppressWarnings("unchecked")
  private static List<String> foundTexts(String css) {
    return (List<String>) browser.executeScript(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.replace(/\\s+/g, ' ').trim());", css);
  }

  private static void focus(WebElement element) {
    browser.executeScript("arguments[0].focus();", element);
  }

  private static Long overflow() {
    return (Long) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  private static void shot(String name) throws Exception {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), BrowserTest.SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
