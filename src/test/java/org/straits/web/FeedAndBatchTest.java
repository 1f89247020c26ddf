package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.RepostCorpus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Atom feeds of searches, batch search and collapsed reposts, through the real server. */
class FeedAndBatchTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static RepostSite site;

  @BeforeAll
  static void start() throws Exception {
    site = RepostSite.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    site.close();
  }

  private static Document atom(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    Element feed = xml.getDocumentElement();
    assertEquals("feed", feed.getLocalName());
    assertEquals(ATOM, feed.getNamespaceURI());
    for (String required : List.of("id", "title", "updated")) {
      assertFalse(child(feed, required).isBlank(), "feed has " + required);
    }
    for (Element entry : entries(xml)) {
      for (String required : List.of("id", "title", "updated")) {
        assertFalse(child(entry, required).isBlank(), "entry has " + required);
      }
      Instant.parse(child(entry, "updated"));
      Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
      assertTrue(link.getAttribute("href").contains("/doc/"), link.getAttribute("href"));
      assertEquals("html", ((Element) entry.getElementsByTagNameNS(ATOM, "summary").item(0)).getAttribute("type"));
    }
    return xml;
  }

  private static String child(Element parent, String name) {
    NodeList list = parent.getElementsByTagNameNS(ATOM, name);
    return list.getLength() == 0 ? "" : list.item(0).getTextContent();
  }

  private static List<Element> entries(Document xml) {
    NodeList list = xml.getElementsByTagNameNS(ATOM, "entry");
    List<Element> entries = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      entries.add((Element) list.item(i));
    }
    return entries;
  }

  private static List<String> entryTitles(Document xml) {
    return entries(xml).stream().map(e -> child(e, "title")).toList();
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void aSearchFeedIsValidAtomWithHighlightedSummariesNewestFirst() throws Exception {
    Document xml = atom(site.get("/feed.atom?q=Kinmen"));
    List<Element> entries = entries(xml);
    assertFalse(entries.isEmpty());
    String summary = child(entries.get(0), "summary");
    assertTrue(summary.contains("<mark>"), "the snippet is HTML, escaped once for Atom: " + summary);
    List<Instant> updated = entries.stream().map(e -> Instant.parse(child(e, "updated"))).toList();
    for (int i = 1; i < updated.size(); i++) {
      assertFalse(updated.get(i).isAfter(updated.get(i - 1)), "newest first: " + updated);
    }
    assertFalse(entryTitles(xml).contains("UPDATE 2-Taiwan says Chinese coast guard vessels again enter Kinmen waters"),
        "reposts are folded in by default");
    assertTrue(entryTitles(atom(site.get("/feed.atom?q=Kinmen&dups=show"))).size() > entries.size());
    assertEquals(400, site.get("/feed.atom?q=Kinmen&sort=sideways").statusCode());
  }

  @Test
  void theSearchPageAdvertisesAndLinksItsFeed() throws Exception {
    String page = site.get("/search?q=Kinmen&lang=en").body();
    java.util.regex.Matcher alternate = java.util.regex.Pattern
        .compile("<link rel=\"alternate\" type=\"application/atom\\+xml\" href=\"([^\"]+)\"").matcher(page);
    assertTrue(alternate.find(), "the page advertises its feed");
    String feed = alternate.group(1).replace("&amp;", "&");
    assertTrue(feed.startsWith("/feed.atom?") && feed.contains("q=Kinmen") && feed.contains("lang=en"), feed);
    assertTrue(page.contains("class=\"feed-link\" href=\"" + alternate.group(1) + "\""), "and links it");
    assertEquals(entryTitles(atom(site.get("/feed.atom?q=Kinmen&lang=en"))), entryTitles(atom(site.get(feed))));
    assertTrue(page.contains("1 other version"), "the collapsed hit lists its repost");
  }

  @Test
  void aNewlyIndexedDocumentIsInTheFeedWithinSeconds() throws Exception {
    String title = "Kinmen residents hold a vigil for the fishermen & their families <2024>";
    Fixtures.write(site.source, "late/vigil.jsonl", RepostCorpus.line("late:vigil", title,
        "Hundreds of Kinmen residents held a candlelight vigil on the harbour front \\u0001 for the fishermen.",
        "2023-01-01", "Local", "en") + "\n");
    site.reindex();
    long deadline = System.nanoTime() + 8_000_000_000L;
    List<String> titles = List.of();
    while (System.nanoTime() < deadline) {
      titles = entryTitles(atom(site.get("/feed.atom?q=Kinmen")));
      if (titles.contains(title)) {
        break;
      }
      Thread.sleep(250);
    }
    assertEquals(title, titles.isEmpty() ? "" : titles.get(0),
        "an old-dated document indexed now is the newest entry (updated = indexing time): " + titles);
    assertTrue(entryTitles(atom(site.get("/feed.atom?q=vigil&lang=en"))).contains(title), "in every feed it matches");
    assertFalse(entryTitles(atom(site.get("/feed.atom?q=vigil&lang=zh"))).contains(title), "and in no other");
  }

  @Test
  void eachBatchRowIsWhatTheSearchApiSaysForThatTerm() throws Exception {
    // (Another test indexes a 2023 document about Kinmen: coast guard is the stable term here.)
    JsonNode batch = json(site.get("/api/batch?term=" + SearchLinks.encode("coast guard") + "&term=" + SearchLinks.encode("两岸同胞")
        + "&term=&term=" + "x".repeat(1001) + "&term=" + SearchLinks.encode("Coast Guard") + "&lang=en"));
    JsonNode rows = batch.get("rows");
    assertEquals(2, rows.size(), batch.toString());
    for (JsonNode row : rows) {
      JsonNode search = json(site.get("/api/search?lang=en&q=" + SearchLinks.encode(row.get("term").asText())));
      assertEquals(search.get("total").asLong(), row.get("total").asLong(), row.toString());
      assertEquals("/search?q=" + SearchLinks.encode(row.get("term").asText()) + "&lang=en", row.get("link").asText());
    }
    JsonNode kinmen = rows.get(0);
    assertEquals("coast guard", kinmen.get("term").asText());
    assertEquals("2024-03-05", kinmen.get("first").asText());
    assertEquals("2024-03-06", kinmen.get("last").asText());
    assertTrue(kinmen.get("top_regions").toString().contains("Taiwan") || kinmen.get("top_regions").size() > 0, kinmen.toString());
    assertEquals(0, rows.get(1).get("total").asLong(), "no English document says 两岸同胞");
    JsonNode skipped = batch.get("skipped");
    assertEquals(2, skipped.size(), skipped.toString());
    assertEquals(4, skipped.get(0).get("line").asInt());
    assertTrue(skipped.get(0).get("reason").asText().contains("longer than"));
    assertTrue(skipped.get(1).get("reason").asText().contains("same term as line 1"));
  }

  @Test
  void longListsArePostedAnsweredInSlicesAndExported() throws Exception {
    String form = "terms=" + SearchLinks.encode("Kinmen\n两岸同胞\ncoast guard\n") + "&start=1&count=1";
    JsonNode slice = json(site.postForm("/api/batch", form));
    assertEquals(3, slice.get("terms").asInt());
    assertEquals(1, slice.get("rows").size());
    assertEquals("两岸同胞", slice.get("rows").get(0).get("term").asText());
    assertEquals(json(site.get("/api/search?q=" + SearchLinks.encode("两岸同胞"))).get("total").asLong(),
        slice.get("rows").get(0).get("total").asLong());

    String csv = site.postForm("/batch.csv", "terms=" + SearchLinks.encode("Kinmen\n两岸同胞")).body();
    String[] lines = csv.replace("\uFEFF", "").split("\r\n");
    assertEquals("term,total,first,last,top_regions,top_actors,link", lines[0]);
    assertEquals(3, lines.length);
    assertTrue(lines[2].startsWith("两岸同胞,"));

    HttpResponse<String> xlsx = site.postForm("/batch.xlsx", "terms=" + SearchLinks.encode("Kinmen\n两岸同胞"));
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    assertTrue(xlsx.body().startsWith("PK"), "a zip container");

    String page = site.postForm("/batch", "terms=" + SearchLinks.encode("Kinmen\n两岸同胞")).body();
    assertTrue(page.contains("<a href=\"/search?q=Kinmen\">Kinmen</a>"), page);

    String tooMany = "terms=" + SearchLinks.encode(String.join("\n", java.util.stream.IntStream.range(0, 501).mapToObj(i -> "term" + i).toList()));
    HttpResponse<String> refused = site.postForm("/api/batch", tooMany);
    assertEquals(400, refused.statusCode());
    assertTrue(json(refused).get("error").asText().contains("at most 500"));
  }

  @Test
  void anUploadedCsvListIsReadByItsFirstColumn() throws Exception {
    String csv = "name,note\r\n\"Kinmen\",island\r\n\"两岸同胞\",\"a phrase, quoted\"\r\n\r\n" + "z".repeat(1001) + ",too long\r\n";
    JsonNode batch = json(site.postFile("/api/batch", "list", "names.csv", csv));
    assertEquals(2, batch.get("terms").asInt(), batch.toString());
    assertEquals("Kinmen", batch.get("rows").get(0).get("term").asText());
    assertEquals("两岸同胞", batch.get("rows").get(1).get("term").asText());
    assertEquals(5, batch.get("skipped").get(0).get("line").asInt(), "the header is skipped, the long name named");
  }

  @Test
  void apiHitsCarryTheIdsOfTheirOtherVersions() throws Exception {
    JsonNode result = json(site.get("/api/search?q=" + SearchLinks.encode("coast guard Kinmen")));
    JsonNode story = null;
    for (JsonNode hit : result.get("hits")) {
      if (hit.get("id").asText().equals(RepostCorpus.STORY)) {
        story = hit;
      }
      assertFalse(hit.get("id").asText().equals(RepostCorpus.STORY_REPOST), "the repost is folded in");
    }
    assertEquals("[\"" + RepostCorpus.STORY_REPOST + "\"]", story.get("duplicates").toString());
    assertTrue(result.get("hidden").asLong() >= 1);
    String csv = site.get("/export.csv?q=Kinmen&dups=show").body();
    assertTrue(csv.contains(RepostCorpus.STORY_REPOST), "the export can list every version");
    assertFalse(site.get("/export.csv?q=Kinmen").body().contains(RepostCorpus.STORY_REPOST), "or one per story");
  }
}
