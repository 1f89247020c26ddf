package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity page and its JSON, the one-click entity filter on the search page, and the entity
 * links from documents and facets, against the real server and the fixture index. In the fixture
 * Kinmen is named in three documents (2015, 2019, 2020), with the Taiwan Strait in all three, the
 * PLA in all three and Taiwan itself in two.
 */
class EntityPageTest extends ServedFixtureTest {
  @Test
  void wholeQueryNamingAnEntityOffersItsFilter() throws Exception {
    for (String query : List.of("Kinmen", "金門", " kinmen ", "Quemoy", "金门")) {
      String html = site.get("/search?q=" + SearchLinks.encode(query)).body();
      assertTrue(html.contains("Filter by Region: Kinmen"), query);
      assertTrue(html.contains("href=\"/search?region=kinmen\""), query);
      assertTrue(html.contains("href=\"/entity/kinmen\""), query);
    }
    assertFalse(site.get("/search?q=" + SearchLinks.encode("Kinmen ferry")).body().contains("Filter by"));
    assertFalse(site.get("/search?q=Kin").body().contains("Filter by"));
    assertTrue(site.get("/search?q=PLA").body().contains("Filter by Actor: People&#39;s Liberation Army"));
  }

  @Test
  void theFilterLinkKeepsOtherFiltersAndFilters() throws Exception {
    String html = site.get("/search?q=Kinmen&lang=zh&page=1").body();
    assertTrue(html.contains("href=\"/search?lang=zh&amp;region=kinmen\""), html);
    String filtered = site.get("/search?region=kinmen").body();
    assertTrue(filtered.contains("3 results in"), "every document naming Kinmen");
    assertTrue(site.get("/search?lang=zh&region=kinmen").body().contains("2 results in"));
    assertTrue(site.get("/ui-lang?set=zh&next=/").headers().firstValue("set-cookie").isPresent());
  }

  @Test
  void entityPageShowsNamesHierarchyTimelineCoMentionsAndDocuments() throws Exception {
    HttpResponse<String> page = site.get("/entity/kinmen");
    assertEquals(200, page.statusCode());
    String html = page.body();
    for (String name : List.of("Kinmen", "金门", "金門", "Quemoy", "Kinmen Island", "county")) {
      assertTrue(html.contains(name), name);
    }
    assertTrue(html.contains("href=\"/entity/taiwan\">Taiwan</a>"), "parent linked");
    assertTrue(html.contains("<svg") && html.contains("class=\"histogram\""), "timeline chart");
    for (String bar : List.of("2015: 1", "2016: 0", "2019: 1", "2020: 1")) {
      assertTrue(html.contains("<title>" + bar + "</title>"), bar);
    }
    assertFalse(html.contains("<title>2014"), "the timeline starts at the first mention");
    assertTrue(html.contains("href=\"/search?region=kinmen&amp;from=2019&amp;to=2019\""), "a bar links to its period");
    assertTrue(html.contains("3 documents mention it"));
    assertTrue(html.matches("(?s).*href=\"/entity/taiwan-strait\">\\s*<span class=\"label\">Taiwan Strait</span>\\s*<span class=\"count\">3</span>.*"), "co-mentioned region");
    assertTrue(html.matches("(?s).*<span class=\"label\">Taiwan</span>\\s*<span class=\"count\">2</span>.*"), "Taiwan named in two");
    assertTrue(html.matches("(?s).*<span class=\"label\">People&#39;s Liberation Army</span>\\s*<span class=\"count\">3</span>.*"));
    int cna = html.indexOf("href=\"/doc/cna:2020/defense\"");
    int guardian = html.indexOf("href=\"/doc/" + WebFixture.KINMEN_ID + "\"");
    assertTrue(cna > 0 && guardian > cna, "documents listed, newest first");
    assertTrue(html.contains("href=\"/search?region=kinmen\""), "the full search");
  }

  @Test
  void entityJsonCarriesTheSameProfile() throws Exception {
    HttpResponse<String> response = site.get("/api/entity/kinmen");
    assertEquals(200, response.statusCode());
    JsonNode body = WebServerTest.json(response);
    JsonNode entity = body.get("entity");
    assertEquals("Kinmen", entity.get("name").asText());
    assertEquals("金门", entity.get("zh_hans").asText());
    assertEquals("金門", entity.get("zh_hant").asText());
    assertEquals("region", entity.get("kind").asText());
    assertEquals(List.of("Kinmen Island", "Quemoy"), texts(body.get("aliases")));
    assertEquals("taiwan", body.get("ancestors").get(0).get("id").asText());
    assertEquals(3, body.get("documents").asInt());
    List<String> timeline = new ArrayList<>();
    body.get("timeline").forEach(p -> timeline.add(p.get("value").asText() + "=" + p.get("count").asInt()));
    assertEquals(List.of("2015=1", "2016=0", "2017=0", "2018=0", "2019=1", "2020=1"), timeline);
    assertEquals("taiwan-strait=3 taiwan=2", coMentions(body.get("regions")));
    assertEquals("pla=3", coMentions(body.get("actors")));
    List<String> newest = new ArrayList<>();
    body.get("newest").forEach(d -> newest.add(d.get("id").asText()));
    assertEquals(List.of("cna:2020/defense", "xinhua:2019/strait", WebFixture.KINMEN_ID), newest);
  }

  @Test
  void hierarchyAndAffiliationsLinkBothWays() throws Exception {
    assertTrue(site.get("/entity/taiwan").body().contains("href=\"/entity/kinmen\""), "children");
    assertTrue(site.get("/entity/tsai-ing-wen").body().contains("href=\"/entity/dpp\""), "a person's party");
    assertTrue(site.get("/entity/dpp").body().contains("href=\"/entity/tsai-ing-wen\""), "the party's people");
    JsonNode dpp = WebServerTest.json(site.get("/api/entity/dpp"));
    assertEquals("tsai-ing-wen", dpp.get("members").get(0).get("id").asText());
    assertEquals(0, dpp.get("documents").asInt());
    assertEquals(200, site.get("/entity/dpp").statusCode(), "an entity no document names still has a page");
  }

  @Test
  void unknownAndMalformedIds() throws Exception {
    HttpResponse<String> missing = site.get("/entity/nope");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("no region or actor with the id"));
    assertEquals(404, site.get("/api/entity/nope").statusCode());
    assertTrue(site.get("/api/entity/nope").body().contains("\"status\":404"));
    for (String bad : List.of("/entity/Kinmen", "/entity/kin%20men", "/entity/..%2Fx", "/entity/%3Cscript%3E",
        "/api/entity/KINMEN", "/entity/kinmen/x")) {
      assertEquals(400, site.get(bad).statusCode(), bad);
    }
    int dots = site.get("/entity/../x").statusCode();
    assertTrue(dots == 400 || dots == 404, "/entity/../x → " + dots);
    assertEquals(404, site.get("/entity/").statusCode());
    assertEquals(400, site.get("/entity/kinmen?x=1").statusCode(), "no parameters");
  }

  @Test
  void documentPageAndFacetsLinkToEntityPages() throws Exception {
    String doc = site.get(SearchLinks.document(WebFixture.KINMEN_ID, "")).body();
    assertTrue(doc.contains("href=\"/entity/kinmen\""), "regions mentioned");
    assertTrue(doc.contains("href=\"/entity/pla\""), "actors mentioned");
    assertTrue(doc.contains("href=\"/search?region=Kinmen\""), "the filter stays the main link");
    String search = site.get("/search").body();
    assertTrue(search.contains("href=\"/entity/taiwan\""), "facet values");
    assertTrue(search.contains("class=\"entity-info\""));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static String coMentions(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(c -> parts.add(c.get("entity").get("id").asText() + "=" + c.get("documents").asInt()));
    return String.join(" ", parts);
  }

  @Test
  void theNoteNamesTheEntitiesItCitesInTheReadersLanguage() throws Exception {
    String en = site.getAs("en", "/entity/prc").body();
    assertTrue(en.contains("The state as an actor is <a href=\"/entity/prc-government\">PRC Government</a>; no-such-entity is cited"), en);
    assertFalse(en.contains("`"), "no gazetteer markup");
    assertTrue(en.contains("<dd class=\"entity-note\">The country as a place.") && !en.contains("note-lang"), "an English page says nothing of it");
    String zh = site.getAs("zh", "/entity/prc").body();
    assertTrue(zh.contains("is <a href=\"/entity/prc-government\" lang=\"zh-Hans\">中国政府</a>;"), zh);
    String hant = site.getAs("zh-hant", "/entity/prc").body();
    assertTrue(hant.contains("is <a href=\"/entity/prc-government\" lang=\"zh-Hant\">中國政府</a>;") && hant.contains("備註"), hant);
    // The gazetteer has its notes in English only: a Chinese page says so and tags them, untranslated.
    for (String page : List.of(zh, hant)) {
      assertTrue(page.contains("<dd class=\"entity-note\" lang=\"en\">The country as a place."), page);
      assertTrue(page.contains("<span class=\"note-lang\">（英文）</span></dt>"), page);
    }
  }

  @Test
  void theJsonNoteReadsAsThePageAndListsTheEntitiesItCites() throws Exception {
    JsonNode en = WebServerTest.json(site.getAs("en", "/api/entity/prc"));
    assertEquals("The country as a place. The state as an actor is PRC Government; no-such-entity is cited by mistake.",
        en.get("note").asText());
    assertEquals(List.of("prc-government"), texts(en.get("note_entities")), "an id the gazetteer lacks is text");
    JsonNode hant = WebServerTest.json(site.getAs("zh-hant", "/api/entity/prc"));
    assertTrue(hant.get("note").asText().contains("is 中國政府;"), hant.get("note").asText());
    JsonNode kinmen = WebServerTest.json(site.get("/api/entity/kinmen"));
    assertEquals(List.of(), texts(kinmen.get("note_entities")), "no note, nothing cited");
  }
}
