package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sidebar lists the top values of each facet, "Show more" lists the rest (the {@code more=}
 * link, or {@code /facets/{dim}} fetched in place), and a selected value is always listed. The
 * fixture has 26 authors: Desk on every bulletin, and Analyst 1 to 25 on one each.
 */
class FacetMoreWebTest extends ServedFixtureTest {
  private static final Pattern LABEL = Pattern.compile("<span class=\"label\">([^<]*)</span>");

  /** The HTML of facet {@code dim}'s panel on a page. */
  static String panel(String html, String dim) {
    int start = html.indexOf("id=\"facet-" + dim + "\"");
    assertTrue(start >= 0, "a panel for " + dim);
    return html.substring(start, html.indexOf("</section>", start));
  }

  static List<String> labels(String html) {
    List<String> labels = new ArrayList<>();
    Matcher m = LABEL.matcher(html);
    while (m.find()) {
      labels.add(m.group(1));
    }
    return labels;
  }

  @Test
  void theTopEightAreListedWithShowMore() throws Exception {
    String author = panel(site.get("/search?q=bulletin").body(), "author");
    assertEquals(SearchModel.SHOWN, labels(author).size(), labels(author).toString());
    assertEquals("Desk", labels(author).get(0), "most frequent first");
    assertTrue(author.contains("class=\"facet-more\" href=\"/search?q=bulletin&amp;more=author#facet-author\""), author);
    assertTrue(author.contains("data-fragment=\"/facets/author?q=bulletin\""), "the in-place list's address");
    assertFalse(author.contains("facet-fewer"));
    assertTrue(author.contains("class=\"facet-filter\""), "the filter box reaches every value too");
  }

  @Test
  void moreListsEveryValueAndFoldsBackWithoutIt() throws Exception {
    String page = site.get("/search?q=bulletin&more=author").body();
    String author = panel(page, "author");
    List<String> all = labels(author);
    assertEquals(26, all.size(), all.toString());
    assertTrue(all.containsAll(List.of("Desk", "Analyst 1", "Analyst 25")));
    assertTrue(author.contains("class=\"facet-fewer\" href=\"/search?q=bulletin#facet-author\""), author);
    assertFalse(author.contains("class=\"facet-more\""));
    // Only the facet asked for is expanded, and no other link carries "more".
    assertTrue(labels(panel(page, "source")).size() <= SearchModel.SHOWN);
    assertFalse(page.replace("more=author#facet-author", "").contains("more=author"), "links keep the search, not the view");
    String counts = author.substring(author.indexOf(">Desk<"));
    assertTrue(counts.contains("<span class=\"count\">25</span>"), "counts are the page's own");
  }

  @Test
  void aSelectedValueIsListedWhateverItsRank() throws Exception {
    // Ties go by name, so Analyst 9 comes last of the 26: far below the top eight.
    String author = panel(site.get("/search?q=bulletin&author=" + SearchLinks.encode("Analyst 9")).body(), "author");
    List<String> listed = labels(author);
    assertEquals(SearchModel.SHOWN + 1, listed.size(), listed.toString());
    assertEquals("Analyst 9", listed.get(listed.size() - 1));
    assertTrue(author.contains("facet-link selected"), "marked as selected");
    assertTrue(author.contains("class=\"facet-more\""), "the rest is still one click away");
    var api = WebServerTest.json(site.get("/api/search?q=bulletin&author=" + SearchLinks.encode("Analyst 9")));
    List<String> values = new ArrayList<>();
    api.get("facets").get("author").forEach(v -> values.add(v.get("value").asText()));
    assertTrue(values.contains("Analyst 9"), "the API lists selected values too: " + values);
  }

  @Test
  void aSelectedPartIsShownUnderItsRegionAndItsRegionHasShowMore() throws Exception {
    String region = panel(site.get("/search?region=kinmen").body(), "region");
    assertTrue(region.contains("<details class=\"sub\" open=\"open\">"), "Taiwan unfolded to show the selection");
    int taiwan = region.indexOf(">Taiwan<");
    int kinmen = region.indexOf(">Kinmen<");
    assertTrue(taiwan >= 0 && kinmen > taiwan, "Kinmen under Taiwan");
    assertTrue(region.substring(0, region.indexOf("facet-link selected")).contains(">Taiwan<"));
    String browsing = panel(site.get("/search").body(), "region");
    assertFalse(browsing.contains("Parts of Taiwan"), "parts are behind Show more");
    assertTrue(browsing.contains("class=\"facet-more\""), "Taiwan has parts, so Show more is offered");
    assertTrue(panel(site.get("/search?more=region").body(), "region").contains("Parts of Taiwan"));
  }

  @Test
  void aMoreThatIsNoFacetChangesNothing() throws Exception {
    String plain = panel(site.get("/search?q=bulletin").body(), "author");
    for (String bad : List.of("bogus", "", "date", "not_author", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "author%2Fx")) {
      HttpResponse<String> page = site.get("/search?q=bulletin&more=" + bad);
      assertEquals(200, page.statusCode(), "more=" + bad);
      assertEquals(plain, panel(page.body(), "author"), "more=" + bad + " lists the top values");
      assertFalse(page.body().contains("<script>alert(1)"), "never echoed as markup");
    }
  }

  @Test
  void theFragmentIsThePanelsFullList() throws Exception {
    HttpResponse<String> fragment = site.get("/facets/author?q=bulletin");
    assertEquals(200, fragment.statusCode());
    assertTrue(fragment.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String body = fragment.body().strip();
    assertTrue(body.startsWith("<ul class=\"facet-values\">") && body.endsWith("</ul>"), body.substring(0, 60));
    assertEquals(labels(panel(site.get("/search?q=bulletin&more=author").body(), "author")), labels(body));
    assertTrue(site.get("/facets/region").body().contains("Parts of Taiwan"), "trees with their parts");
    assertEquals(200, site.get("/facets/author?from=2024/01/01").statusCode(), "a bad date is left out, as on the page");
  }

  @Test
  void aBadFragmentRequestIsAClearError() throws Exception {
    HttpResponse<String> noFacet = site.get("/facets/bogus");
    assertEquals(404, noFacet.statusCode());
    assertTrue(noFacet.body().contains("There is no facet") && noFacet.body().contains("bogus"), noFacet.body());
    assertEquals(404, site.get("/facets/date").statusCode(), "the histogram has no list");
    assertEquals(404, site.get("/facets/").statusCode());
    HttpResponse<String> unknown = site.get("/facets/author?more=author");
    assertEquals(400, unknown.statusCode(), "the fragment takes the search's parameters only");
    assertEquals(400, site.get("/facets/author?page=zero").statusCode());
  }

  @Test
  void bothInterfaceLanguagesLabelTheButtons() throws Exception {
    assertTrue(panel(site.getInChinese("/search?q=bulletin").body(), "author").contains(">显示更多</a>"));
    assertTrue(panel(site.getInChinese("/search?q=bulletin&more=author").body(), "author").contains(">收起</a>"));
    assertTrue(panel(site.get("/search?q=bulletin&more=author").body(), "author").contains(">Show fewer</a>"));
  }
}
