package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.straits.search.SearchJson;

/** Pages, API and export over HTTP against the real server and a real fixture index. */
class WebServerTest extends ServedFixtureTest {
  static JsonNode json(HttpResponse<String> response) throws Exception {
    return SearchJson.mapper().readTree(response.body());
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void notesAndMatchCountsAreInTheReadersLanguage() throws Exception {
    String quote = SearchLinks.encode("\"Taiwan Strait");
    String english = site.get("/search?q=" + quote).body();
    assertTrue(english.contains("could not be read"), "a short note");
    assertFalse(english.contains("Lexical error") || english.contains("Cannot parse"), "never the parser's message");
    assertTrue(english.contains("bulletin"), "and results: searched as text");
    String zh = site.getInChinese("/search?q=" + quote).body();
    assertTrue(zh.contains("无法解析查询语法"), "the note in Chinese");
    assertFalse(zh.contains("\\u") || zh.contains("Lexical"), "no escapes, no parser text");
    String one = site.get("/doc/" + SearchLinks.encode(WebFixture.XI_VISIT_ID) + "?q=Louvre").body();
    assertTrue(one.contains("1 match for"), "singular");
    String four = site.get("/doc/" + SearchLinks.encode(WebFixture.XI_VISIT_ID) + "?q=" + SearchLinks.encode("Xi Jinping visit")).body();
    assertTrue(four.contains("4 matches for"), "plural, one per marked occurrence");
    String fallback = site.get("/search?q=" + SearchLinks.encode("ferry zebra")).body();
    assertTrue(fallback.contains("No document has all the words"), "the fallback says so");
  }

  @Test
  void theAnalystChoosesWhetherRegionFiltersIncludeParts() throws Exception {
    long withParts = json(site.get("/api/search?region=Taiwan")).get("total").asLong();
    long naming = json(site.get("/api/search?region=Taiwan&exact=1")).get("total").asLong();
    assertTrue(naming < withParts, naming + " documents name Taiwan itself, " + withParts + " with its parts");
    String page = site.get("/search?region=Taiwan").body();
    assertTrue(page.contains("exact=1"), "the page offers the exact scope");
    assertTrue(site.get("/search?region=Taiwan&exact=1").body().contains("Include their parts"));
    assertEquals(400, site.get("/api/search?region=Taiwan&exact=banana").statusCode());
  }

  @Test
  void searchPageShowsHighlightedEnglishHits() throws Exception {
    HttpResponse<String> page = site.get("/search?q=ferry");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    String html = page.body();
    assertTrue(html.contains("Kinmen <mark>ferry</mark> talks resume"), html);
    assertTrue(html.contains("href=\"/doc/guardian:world/2015/mar/10/kinmen?q=ferry\""), html);
    assertTrue(html.contains("Alice Chen") && html.contains("Guardian") && html.contains("2015-03-10"));
    assertTrue(html.contains("1 result in"), "total and time shown");
    assertTrue(site.get("/search?q=bulletin").body().contains("25 results in"));
  }

  @Test
  void traditionalQueryFindsSimplifiedText() throws Exception {
    JsonNode result = json(site.get("/api/search?q=" + SearchLinks.encode("臺灣海峽")));
    List<String> ids = ids(result);
    assertTrue(ids.contains("xinhua:2019/strait"), "simplified document found: " + ids);
    assertTrue(ids.contains("cna:2020/defense"), "traditional document found: " + ids);
    String html = site.get("/search?q=" + SearchLinks.encode("臺灣海峽")).body();
    assertTrue(html.contains("<mark>"), "Chinese matches are marked");
  }

  @Test
  void emptyQueryBrowsesEverythingNewestFirst() throws Exception {
    JsonNode result = json(site.get("/api/search?size=100"));
    assertEquals(WebFixture.TOTAL, result.get("total").asInt(), "jsonl documents plus the txt essay");
    List<String> dates = new ArrayList<>();
    result.get("hits").forEach(h -> dates.add(h.get("date").asText()));
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dates);
    assertEquals(200, site.get("/").statusCode());
  }

  @Test
  void filtersAreOredWithinAndAndedAcrossWithSidewaysCounts() throws Exception {
    JsonNode both = json(site.get("/api/search?author=Bob%20Smith&author=" + SearchLinks.encode("王小明")));
    assertEquals(3, both.get("total").asInt(), "two authors OR-ed");
    JsonNode anded = json(site.get("/api/search?author=Bob%20Smith&source=Guardian"));
    assertEquals(0, anded.get("total").asInt(), "author AND source");
    JsonNode oneAuthor = json(site.get("/api/search?author=Bob%20Smith"));
    assertEquals(2, oneAuthor.get("total").asInt());
    long desk = 0;
    for (JsonNode value : oneAuthor.get("facets").get("author")) {
      if (value.get("value").asText().equals("Desk")) {
        desk = value.get("count").asLong();
      }
    }
    assertEquals(WebFixture.BULLETINS, desk, "the author facet counts sideways: other authors keep their counts");
  }

  @Test
  void regionFilterByNameIdOrPathIncludesChildren() throws Exception {
    int byName = json(site.get("/api/search?region=Kinmen")).get("total").asInt();
    int byPath = json(site.get("/api/search?region=Taiwan/Kinmen")).get("total").asInt();
    int byId = json(site.get("/api/search?region=kinmen")).get("total").asInt();
    assertEquals(3, byName, "Kinmen, 金门 and 金門");
    assertEquals(byName, byPath);
    assertEquals(byName, byId);
    int taiwan = json(site.get("/api/search?region=Taiwan")).get("total").asInt();
    assertTrue(taiwan >= byName, "a parent region includes its parts");
  }

  @Test
  void searchPageShowsFacetTreeChipsAndHistogram() throws Exception {
    String html = site.get("/search?region=Taiwan/Kinmen&lang=en").body();
    assertTrue(html.contains("class=\"chip\""), "selected filters as chips");
    assertTrue(html.contains("facet-link selected"), "selected value marked in the sidebar");
    assertTrue(html.contains("Parts of Taiwan"), "hierarchical region expands");
    assertTrue(html.contains("<svg") && html.contains("<rect"), "date histogram drawn server-side");
  }

  @Test
  void paginationAndSort() throws Exception {
    JsonNode page1 = json(site.get("/api/search?q=bulletin&size=10&sort=oldest"));
    JsonNode page2 = json(site.get("/api/search?q=bulletin&size=10&sort=oldest&page=2"));
    assertEquals(10, page1.get("hits").size());
    assertEquals(10, page2.get("hits").size());
    Set<String> seen = new HashSet<>(ids(page1));
    ids(page2).forEach(id -> assertTrue(seen.add(id), "no hit on two pages: " + id));
    String last1 = page1.get("hits").get(9).get("date").asText();
    String first2 = page2.get("hits").get(0).get("date").asText();
    assertTrue(last1.compareTo(first2) <= 0, "oldest first across pages");
    String html = site.get("/search?q=bulletin&page=2").body();
    assertTrue(html.contains("rel=\"prev\"") && html.contains("rel=\"next\""), "pager links");
    assertTrue(html.contains("aria-current=\"page\""));
  }

  @Test
  void documentPageHighlightsWholeTextWithJumpLink() throws Exception {
    HttpResponse<String> page = site.get("/doc/guardian:world/2015/mar/10/kinmen?q=ferry");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("<mark id=\"m1\">ferry</mark>"), html);
    assertTrue(html.contains("<mark id=\"m2\">ferry</mark>"), "every match in the whole text");
    assertTrue(html.contains("href=\"#m1\""), "jump link to the first match");
    assertTrue(html.contains("href=\"/search?region=Kinmen\""), "regions link to a filtered search");
    assertTrue(html.contains("Related documents"));
    String encoded = site.get("/doc/guardian%3Aworld%2F2015%2Fmar%2F10%2Fkinmen").body();
    assertTrue(encoded.contains("Kinmen ferry talks resume"), "fully encoded ids work too");
  }

  @Test
  void documentApiAndRelated() throws Exception {
    JsonNode body = json(site.get("/api/doc/cna:2020/defense?q=" + SearchLinks.encode("台湾海峡")));
    assertTrue(body.get("document").get("body_html").asText().contains("<mark id=\"m1\">"), body.toString());
    assertTrue(body.get("related").isArray());
  }

  @Test
  void facetApiFiltersByPrefixAndPath() throws Exception {
    JsonNode kin = json(site.get("/api/facets/region?prefix=kin"));
    assertEquals("Kinmen", kin.get("values").get(0).get("value").asText(), kin.toString());
    assertEquals(List.of("Taiwan", "Kinmen"), SearchJson.mapper().convertValue(kin.get("values").get(0).get("path"), List.class));
    JsonNode under = json(site.get("/api/facets/region?path=Taiwan"));
    assertTrue(under.get("values").toString().contains("Kinmen"), under.toString());
    JsonNode authors = json(site.get("/api/facets/author?prefix=chen&q=ferry"));
    assertEquals(1, authors.get("values").size());
  }

  @Test
  void csvExportIsCompleteAndEscaped() throws Exception {
    HttpResponse<String> csv = site.get("/export.csv?q=bulletin&size=10");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("content-disposition").orElse("").matches("attachment; filename=\"straits-export-.*\\.csv\""));
    List<String> lines = csv.body().lines().toList();
    assertEquals(1 + WebFixture.BULLETINS, lines.size(), "header plus every hit, not one page");
    String xss = site.get("/export.csv?q=payload").body();
    assertTrue(xss.contains("\"\"\"><img src=x onerror=alert(1)>\""), "quotes doubled, cell quoted: " + xss);
    assertEquals("'=SUM(A1)", CsvWriter.cell("=SUM(A1)"));
    assertEquals("\"'-1,2\"", CsvWriter.cell("-1,2"));
    assertEquals("\"a\nb\"", CsvWriter.cell("a\nb"));
    assertEquals("'@x", CsvWriter.cell("@x"));
  }

  @Test
  void jsonExportIsCompleteArray() throws Exception {
    HttpResponse<String> response = site.get("/export.json");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-disposition").orElse("").contains(".json"));
    JsonNode rows = json(response);
    assertEquals(WebFixture.TOTAL, rows.size());
    assertTrue(rows.get(0).has("id") && rows.get(0).has("regions"));
  }

  @Test
  void userErrorsAreFriendly400Pages() throws Exception {
    for (String bad : List.of("/search?from=2020-13", "/search?page=5000", "/search?q=" + "a".repeat(1001),
        "/search?size=0", "/search?sort=random", "/search?page=x", "/search?colour=red")) {
      HttpResponse<String> page = site.get(bad);
      assertEquals(400, page.statusCode(), bad);
      assertTrue(page.body().contains("class=\"error-message\""), bad);
      assertNoStackTrace(page.body());
    }
    assertTrue(site.get("/search?colour=red").body().contains("colour"), "the unknown parameter is named");
  }

  @Test
  void apiErrorsAreJson() throws Exception {
    HttpResponse<String> bad = site.get("/api/search?to=yesterday");
    assertEquals(400, bad.statusCode());
    JsonNode body = json(bad);
    assertEquals(400, body.get("status").asInt());
    assertTrue(body.get("error").asText().contains("yesterday"));
    assertEquals(400, site.get("/api/search?bogus=1").statusCode());
    assertTrue(site.get("/api/search?bogus=1").body().contains("bogus"));
    assertEquals(404, site.get("/api/doc/no-such-doc").statusCode());
    assertEquals(404, json(site.get("/api/facets/colour")).get("status").asInt());
    assertEquals(404, site.get("/api/nothing").statusCode());
    assertNoStackTrace(site.get("/api/search?page=-1").body());
  }

  @Test
  void documentErrors() throws Exception {
    assertEquals(404, site.get("/doc/no-such-doc").statusCode());
    assertEquals(400, site.get("/doc/a%2F..%2Fb").statusCode());
    assertEquals(400, site.get("/doc/a%00b").statusCode());
    assertEquals(400, site.get("/doc/a%0Ab").statusCode());
    assertEquals(404, site.get("/nowhere").statusCode());
  }

  @Test
  void hugeUrlsAndMethods() throws Exception {
    HttpResponse<String> huge = site.get("/search?q=x&source=" + "y".repeat(9000));
    assertEquals(414, huge.statusCode());
    assertNoStackTrace(huge.body());
    HttpResponse<String> post = site.send("POST", "/search?q=x");
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("allow").orElse(""));
    assertEquals(405, site.send("DELETE", "/api/search").statusCode());
    HttpResponse<String> head = site.send("HEAD", "/search?q=ferry");
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void securityHeadersOnPagesErrorsAndFiles() throws Exception {
    for (String path : List.of("/", "/search?page=0", "/api/search", "/static/straits.css", "/nowhere")) {
      var headers = site.get(path).headers();
      assertTrue(headers.firstValue("content-security-policy").orElse("").contains("script-src 'self'"), path);
      assertEquals("nosniff", headers.firstValue("x-content-type-options").orElse(""), path);
      assertEquals("same-origin", headers.firstValue("referrer-policy").orElse(""), path);
      assertEquals("DENY", headers.firstValue("x-frame-options").orElse(""), path);
    }
  }

  @Test
  void staticFilesWithoutTraversal() throws Exception {
    HttpResponse<String> css = site.get("/static/straits.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("content-type").orElse("").startsWith("text/css"));
    for (String bad : List.of("/static/../templates/search.html", "/static/%2e%2e/templates/search.html",
        "/static/..%2Ftemplates%2Fsearch.html", "/static/%2e%2e%2f%2e%2e%2fpom.xml", "/static/", "/static/nope.css",
        "/static/..%5C..%5Cpom.xml")) {
      HttpResponse<String> response = site.get(bad);
      assertTrue(response.statusCode() == 404 || response.statusCode() == 400, bad + " -> " + response.statusCode());
      assertFalse(response.body().contains("th:fragment"), bad);
    }
  }

  @Test
  void languageToggleSetsCookieAndRedirectsLocally() throws Exception {
    HttpResponse<String> response = site.get("/ui-lang?set=zh&next=" + SearchLinks.encode("/search?q=ferry"));
    assertEquals(303, response.statusCode());
    assertEquals("/search?q=ferry", response.headers().firstValue("location").orElse(""));
    assertTrue(response.headers().firstValue("set-cookie").orElse("").startsWith("lang=zh"));
    HttpResponse<String> offsite = site.get("/ui-lang?set=en&next=" + SearchLinks.encode("//evil.example/"));
    assertEquals("/", offsite.headers().firstValue("location").orElse(""));
  }

  @Test
  void indexedLaterDocumentsAppearWithoutRestart() throws Exception {
    java.nio.file.Files.writeString(site.source.resolve("late.jsonl"),
        "{\"id\":\"late:1\",\"title\":\"Penghu late arrival\",\"body\":\"Zebrafish near Penghu.\",\"lang\":\"en\"}\n");
    site.app.indexer().run(site.source, site.app.config().index(), false, org.straits.index.IndexProgress.Listener.NONE);
    long deadline = System.currentTimeMillis() + 10_000;
    int total = 0;
    while (System.currentTimeMillis() < deadline && total == 0) {
      total = json(site.get("/api/search?q=zebrafish")).get("total").asInt();
      Thread.sleep(200);
    }
    assertEquals(1, total, "the periodic refresh picked up the new commit");
    java.nio.file.Files.delete(site.source.resolve("late.jsonl"));
    site.app.indexer().run(site.source, site.app.config().index(), false, org.straits.index.IndexProgress.Listener.NONE);
    site.index.refresh();
  }

  static void assertNoStackTrace(String body) {
    assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"), body);
  }
}
