package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/suggest} over HTTP against the real server and the fixture index. */
class SuggestApiTest extends ServedFixtureTest {
  static JsonNode suggest(String typed) throws Exception {
    HttpResponse<String> response = site.get("/api/suggest?q=" + SearchLinks.encode(typed));
    assertEquals(200, response.statusCode(), response.body());
    return WebServerTest.json(response);
  }

  static List<String> entityIds(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("entities").forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  static List<String> titles(JsonNode body) {
    List<String> titles = new ArrayList<>();
    body.get("titles").forEach(t -> titles.add(t.get("title").asText()));
    return titles;
  }

  @Test
  void englishPrefixFindsTheEntityWithItsChineseName() throws Exception {
    JsonNode first = suggest("Kin").get("entities").get(0);
    assertEquals("kinmen", first.get("id").asText());
    assertEquals("Kinmen", first.get("name").asText());
    assertEquals("金门", first.get("zh").asText());
    assertEquals("county", first.get("type").asText());
    assertEquals("region", first.get("kind").asText());
    assertEquals("Kinmen", first.get("matched").asText());
    assertEquals("kinmen", suggest("kINM").get("entities").get(0).get("id").asText(), "case-insensitive");
  }

  @Test
  void aliasAndWordStartPrefixes() throws Exception {
    JsonNode quemoy = suggest("quem").get("entities").get(0);
    assertEquals("kinmen", quemoy.get("id").asText());
    assertEquals("Quemoy", quemoy.get("matched").asText());
    assertTrue(entityIds(suggest("Tsai")).contains("tsai-ing-wen"));
    assertTrue(entityIds(suggest("coast gu")).contains("china-coast-guard"), "a word inside the name");
    assertTrue(entityIds(suggest("sea")).contains("south-china-sea"));
  }

  @Test
  void simplifiedAndTraditionalChinesePrefixes() throws Exception {
    JsonNode jin = suggest("金").get("entities").get(0);
    assertEquals("kinmen", jin.get("id").asText());
    assertEquals("金门", jin.get("matched").asText());
    assertEquals("金門", suggest("金門").get("entities").get(0).get("matched").asText(), "the script typed is reported");
    assertTrue(entityIds(suggest("蔡")).contains("tsai-ing-wen"));
    JsonNode tai = suggest("臺");
    assertTrue(entityIds(tai).containsAll(List.of("taiwan", "taiwan-strait")), tai.toString());
    tai.get("entities").forEach(e -> assertTrue(e.get("matched").asText().startsWith("臺"), e.toString()));
    assertTrue(entityIds(suggest("台")).containsAll(List.of("taiwan", "taiwan-strait")), "simplified finds the same");
  }

  @Test
  void exactNamesFirstThenPrimaryNamesThenMostMentioned() throws Exception {
    // Taiwan Strait is mentioned in far more fixture documents, but "Taiwan" is Taiwan's name.
    assertEquals(List.of("taiwan", "taiwan-strait"), entityIds(suggest("Taiwan")).subList(0, 2));
    // The most mentioned of two non-exact names comes first.
    assertEquals(List.of("taiwan-strait", "taiwan"), entityIds(suggest("臺")).subList(0, 2));
    // "China" is exactly an alias of the PRC: first, before the names that merely start with it.
    List<String> china = entityIds(suggest("china"));
    assertEquals("prc", china.get(0), china.toString());
    assertTrue(china.indexOf("china-coast-guard") < china.indexOf("prc-government")
        || !china.contains("prc-government"), china.toString());
  }

  @Test
  void titleSuggestionsInBothLanguages() throws Exception {
    assertEquals(List.of("Kinmen ferry talks resume"), titles(suggest("ferr")));
    assertEquals(List.of("Kinmen ferry talks resume"), titles(suggest("kinmen fer")));
    assertEquals(List.of("台湾海峡局势"), titles(suggest("台湾海")));
    assertEquals(List.of("臺灣國防報告"), titles(suggest("台湾国防")), "simplified typing finds a traditional title");
    assertTrue(titles(suggest("局")).contains("台湾海峡局势"), "one character");
    JsonNode id = suggest("ferr").get("titles").get(0).get("id");
    assertEquals(WebFixture.KINMEN_ID, id.asText());
  }

  @Test
  void limitBoundsBothLists() throws Exception {
    JsonNode one = WebServerTest.json(site.get("/api/suggest?q=bulletin&limit=1"));
    assertTrue(one.get("entities").size() <= 1);
    assertEquals(1, one.get("titles").size());
    JsonNode many = WebServerTest.json(site.get("/api/suggest?q=bulletin&limit=20"));
    assertEquals(5, many.get("titles").size(), "a few titles at most");
    assertEquals(2, WebServerTest.json(site.get("/api/suggest?q=t&limit=2")).get("entities").size());
    for (String bad : List.of("0", "21", "-1", "x", "99999999999")) {
      assertEquals(400, site.get("/api/suggest?q=ta&limit=" + bad).statusCode(), "limit " + bad);
    }
  }

  @Test
  void emptyHugeAndHostileInputNeverFails() throws Exception {
    for (String blank : List.of("", "%20", "%20%20", "%09")) {
      JsonNode body = WebServerTest.json(site.get("/api/suggest?q=" + blank));
      assertEquals(0, body.get("entities").size());
      assertEquals(0, body.get("titles").size());
    }
    assertEquals(200, site.get("/api/suggest").statusCode(), "no q at all");
    assertEquals(400, site.get("/api/suggest?q=" + "k".repeat(101)).statusCode());
    assertFalse(site.get("/api/suggest?q=" + "k".repeat(9000)).statusCode() >= 500);
    assertEquals(400, site.get("/api/suggest?q=ta&bogus=1").statusCode());
    for (String hostile : List.of(WebFixture.XSS_SCRIPT, WebFixture.XSS_IMG, "*", "?", "\\", "\"", "title:",
        ")(", "a*b?c", "\u0000", "𠀀", "ＫＩＮ", "../../etc/passwd", "' OR 1=1 --")) {
      HttpResponse<String> response = site.get("/api/suggest?q=" + SearchLinks.encode(hostile));
      assertTrue(response.statusCode() == 200 || response.statusCode() == 400, hostile + " → " + response.body());
      assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    }
    assertEquals("kinmen", suggest("ＫＩＮ").get("entities").get(0).get("id").asText(), "full-width Latin");
  }
}
