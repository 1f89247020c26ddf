package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import com.ibm.icu.text.Transliterator;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Chinese interface over HTTP: entity names in the reader's script wherever they are shown,
 * filter links that keep canonical values, and error pages in the interface language.
 */
class ChineseInterfaceTest extends ServedFixtureTest {
  @Test
  void facetValuesAndChipsUseSimplifiedNamesButLinksKeepCanonicalValues() throws Exception {
    String page = site.getAs("zh", "/search?region=Taiwan%2FKinmen").body();
    assertTrue(page.contains("<span class=\"label\">台湾</span>"), "facet value in simplified script");
    assertTrue(page.contains("<span class=\"chip-value\">金门</span>"), "the chip names the filter in Chinese");
    assertTrue(page.contains("href=\"/search?region=Taiwan%2FKinmen&amp;region=Taiwan\""), "links keep the canonical path");
    assertFalse(page.contains("<span class=\"label\">Taiwan</span>"));
    String english = site.getAs("en", "/search?region=Taiwan%2FKinmen").body();
    assertTrue(english.contains("<span class=\"label\">Taiwan</span>") && english.contains("<span class=\"chip-value\">Kinmen</span>"));
  }

  @Test
  void traditionalQueryOrChoiceShowsTraditionalNames() throws Exception {
    String byQuery = site.getAs("zh", "/search?q=" + SearchLinks.encode("臺灣")).body();
    assertTrue(byQuery.contains("<span class=\"label\">臺灣</span>"), "a traditional query reads traditional names");
    String byChoice = site.getAs("zh-hant", "/search").body();
    assertTrue(byChoice.contains("<span class=\"label\">臺灣</span>"));
    assertTrue(byChoice.contains("set=zh&amp;next="), "a link back to simplified names");
    String simplified = site.getAs("zh", "/search?q=" + SearchLinks.encode("台湾")).body();
    assertTrue(simplified.contains("<span class=\"label\">台湾</span>"));
    assertTrue(simplified.contains("set=zh-hant&amp;next="), "a link to traditional names");
  }

  @Test
  void batchRowsNameRegionsAndActorsInTheReadersScript() throws Exception {
    String batch = "/batch?term=Kinmen";
    String english = site.getAs("en", batch).body();
    assertTrue(english.contains("<span>Taiwan</span>, <span>Taiwan Strait</span>"), english);
    String simplified = site.getAs("zh", batch).body();
    assertTrue(simplified.contains("<span>台湾</span>、<span>台湾海峡</span>"), simplified);
    assertFalse(simplified.contains("<span>Taiwan</span>"), "no canonical English name on the Chinese page");
    String traditional = site.getAs("zh-hant", batch).body();
    assertTrue(traditional.contains("<span>臺灣</span>、<span>臺灣海峽</span>"), traditional);
    assertTrue(traditional.contains("<a href=\"/search?q=Kinmen\">Kinmen</a>"), "the term and its link as typed");

    // The page's script fills the table from the API: the same labels, the values canonical.
    com.fasterxml.jackson.databind.JsonNode zh = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(site.getAs("zh-hant", "/api/batch?term=Kinmen").body());
    com.fasterxml.jackson.databind.JsonNode region = zh.get("rows").get(0).get("top_regions").get(0);
    assertEquals("Taiwan", region.get("value").asText(), region.toString());
    assertEquals("臺灣", region.get("label").asText());
    com.fasterxml.jackson.databind.JsonNode en = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(site.getAs("en", "/api/batch?term=Kinmen").body());
    assertEquals(region.get("value").asText(), en.get("rows").get(0).get("top_regions").get(0).get("label").asText());
  }

  @Test
  void documentAndEntityPagesNameEntitiesInChinese() throws Exception {
    String doc = site.getAs("zh", "/doc/" + WebFixture.KINMEN_ID).body();
    assertTrue(doc.contains(">金门</a>") && doc.contains(">台湾海峡</a>"), "region list in Chinese");
    assertTrue(doc.contains("href=\"/search?region=Kinmen\""), "the filter link keeps the canonical name");
    String entity = site.getAs("zh", "/entity/kinmen").body();
    assertTrue(entity.matches("(?s).*<a href=\"/entity/taiwan\">台湾</a> ▸ \\s*<span>金门</span>.*"), "breadcrumbs 台湾 ▸ 金门");
    assertTrue(entity.contains("<span class=\"label\">台湾海峡</span>"), "co-mentions in Chinese");
    assertTrue(entity.contains("lang=\"en\">Kinmen</span>"), "the English name beside the Chinese title");
    String hant = site.getAs("zh-hant", "/entity/kinmen").body();
    assertTrue(hant.contains("<a href=\"/entity/taiwan\">臺灣</a>"));
  }

  @Test
  void languageSwitchKeepsANonAsciiNextAddressIntact() throws Exception {
    HttpResponse<String> moved = site.get("/ui-lang?set=zh-hant&next=" + SearchLinks.encode("/search?q=臺灣"));
    assertEquals(303, moved.statusCode());
    assertEquals("/search?q=%E8%87%BA%E7%81%A3", moved.headers().firstValue("location").orElse(""));
    assertTrue(moved.headers().firstValue("set-cookie").orElse("").startsWith("lang=zh-hant"));
    assertEquals(400, site.get("/ui-lang?set=zh-tw&next=/").statusCode());
  }

  @Test
  void errorPagesAreInTheInterfaceLanguage() throws Exception {
    HttpResponse<String> zh = site.getAs("zh", "/search?sort=random");
    assertEquals(400, zh.statusCode());
    assertTrue(zh.body().contains("未知的排序方式“random”"), zh.body());
    assertTrue(site.getAs("zh", "/search?from=2020-13").body().contains("“2020-13”不是日期"));
    assertTrue(site.getAs("zh", "/no/such/page").body().contains("此地址没有页面。"));
    assertTrue(site.getAs("zh", "/doc/nope").body().contains("没有编号为“nope”的文献"));
    assertTrue(site.getAs("zh", "/search?colour=red").body().contains("未知参数“colour”"));
    assertTrue(site.getAs("en", "/search?sort=random").body().contains("unknown sort &#39;random&#39;"),
        "English keeps its wording");
    assertTrue(site.get("/api/search?sort=random").body().contains("unknown sort 'random'"), "the API stays English");
  }

  @Test
  void namesAndMessagesAreEscaped() throws Exception {
    String page = site.getAs("zh", "/search?author=" + SearchLinks.encode(WebFixture.XSS_SCRIPT)).body();
    assertFalse(page.contains(WebFixture.XSS_SCRIPT), "a chip's text is escaped");
    String error = site.getAs("zh", "/doc/" + SearchLinks.encode("<b>x</b>")).body();
    assertFalse(error.contains("<b>x</b>"));
  }

  @Test
  void bothBundlesHaveTheSameKeysAndOneTermForActors() throws IOException {
    Properties en = bundle("en");
    Properties zh = bundle("zh");
    assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
    List<String> otherTerm = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).contains("行为者")).toList();
    assertEquals(List.of(), otherTerm, "actors are 行为体 everywhere");
  }

  @Test
  void traditionalBundleHasEveryKeyAndNoSimplifiedOnlyCharacter() throws IOException {
    Properties en = bundle("en");
    Properties tw = bundle("zh_TW");
    assertEquals(en.stringPropertyNames(), tw.stringPropertyNames());
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    List<String> simplified = tw.stringPropertyNames().stream().sorted()
        .filter(k -> !toTraditional.transliterate(tw.getProperty(k)).equals(tw.getProperty(k)))
        .map(k -> k + "=" + tw.getProperty(k)).toList();
    assertEquals(List.of(), simplified, "values with a character the simplified→traditional transform changes");
    List<String> otherTerm = tw.stringPropertyNames().stream().filter(k -> tw.getProperty(k).contains("行為體")).toList();
    assertEquals(List.of(), otherTerm, "actors are 行為者 everywhere");
  }

  @Test
  void traditionalChoiceOrBrowserGetsTheTaiwanInterface() throws Exception {
    String page = site.getAs("zh-hant", "/search?q=" + SearchLinks.encode("金门")).body();
    assertTrue(page.contains("搜尋語法") && page.contains("篩選") && page.matches("(?s).*共 \\d+ 筆結果.*"), page);
    assertFalse(page.contains("搜索语法") || page.contains("条结果"), "no simplified interface text");
    assertTrue(page.contains("<html lang=\"zh-Hant\""), "the page says its script");
    HttpRequest taiwan = HttpRequest.newBuilder(URI.create(site.url("/doc/" + SearchLinks.encode(WebFixture.KINMEN_ID))))
        .header("Accept-Language", "zh-TW,zh;q=0.9").GET().build();
    String doc = HttpClient.newHttpClient().send(taiwan, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    assertTrue(doc.contains("返回結果") && doc.contains("提及的地區"), "a zh-TW browser reads 繁體");
    String simplified = site.getAs("zh", "/search").body();
    assertTrue(simplified.contains("搜索语法") && !simplified.contains("搜尋語法"), "简体 keeps its own text");
    assertTrue(simplified.contains("<html lang=\"zh\""), simplified.substring(0, 200));
  }

  @Test
  void traditionalInterfaceWritesNumbersAndDatesAsTheSimplifiedOne() {
    Views views = new Views(Path.of("web"), false);
    Instant moment = Instant.parse("2026-12-01T18:20:54Z");
    AdminText zh = new AdminText(views, Views.CHINESE, ZoneOffset.UTC);
    AdminText tw = new AdminText(views, Views.TRADITIONAL_CHINESE, ZoneOffset.UTC);
    assertEquals(zh.time(moment), tw.time(moment));
    assertEquals(zh.number(22_620), tw.number(22_620));
    assertEquals(zh.megabytes(123_456_789), tw.megabytes(123_456_789));
    assertEquals("共 22,620 筆結果，耗時 7 毫秒", views.format(Views.TRADITIONAL_CHINESE, "results.count", List.of(22_620, 7), ""));
  }

  private static Properties bundle(String lang) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of("web/i18n/messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void savedSearchTitlesAndFeedTitlesReadInTheReadersLanguageNow() throws Exception {
    String asked = "/api/saved-titles?search=" + SearchLinks.encode("q=Kinmen&region=Taiwan")
        + "&search=" + SearchLinks.encode("lang=en") + "&search=" + SearchLinks.encode("bogus=1");
    com.fasterxml.jackson.databind.JsonNode zh = WebServerTest.json(site.getAs("zh", asked));
    assertEquals("Kinmen · 地区: 台湾", zh.get("titles").get(0).asText());
    assertEquals("全部文档 · 语言: 英文", zh.get("titles").get(1).asText());
    assertTrue(zh.get("titles").get(2).isNull(), "no search: the browser keeps its stored title");
    com.fasterxml.jackson.databind.JsonNode hant = WebServerTest.json(site.getAs("zh-hant", asked));
    assertEquals("Kinmen · 地區: 臺灣", hant.get("titles").get(0).asText());
    com.fasterxml.jackson.databind.JsonNode en = WebServerTest.json(site.getAs("en", asked));
    assertEquals("Kinmen · Region: Taiwan", en.get("titles").get(0).asText());
    assertEquals(400, site.get("/api/saved-titles?search=q" + "&search=q".repeat(60)).statusCode(), "more than 60 at once");
    com.fasterxml.jackson.databind.JsonNode broken = WebServerTest.json(
        site.get("/api/saved-titles?search=" + SearchLinks.encode("q=(&region=%") + "&search=" + SearchLinks.encode("q=Kinmen")));
    assertTrue(broken.get("titles").get(0).isNull(), "a stored query string that does not decode is no search, not a 500");
    assertEquals("Kinmen", broken.get("titles").get(1).asText());
    assertTrue(site.getInChinese("/feed.atom?q=Kinmen&region=Taiwan").body().contains("<title>Straits 海峡: Kinmen · 地区: 台湾</title>"),
        "a feed reader asking for Chinese");
    assertTrue(site.get("/feed.atom?q=Kinmen&region=Taiwan").body().contains("<title>Straits: Kinmen · Region: Taiwan</title>"));
  }
}
