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
import java.util.List;
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
    assertTrue(page.contains("<span>金门</span>"), "the chip names the filter in Chinese");
    assertTrue(page.contains("href=\"/search?region=Taiwan%2FKinmen&amp;region=Taiwan\""), "links keep the canonical path");
    assertFalse(page.contains("<span class=\"label\">Taiwan</span>"));
    String english = site.getAs("en", "/search?region=Taiwan%2FKinmen").body();
    assertTrue(english.contains("<span class=\"label\">Taiwan</span>") && english.contains("<span>Kinmen</span>"));
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

  private static Properties bundle(String lang) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of("web/i18n/messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
