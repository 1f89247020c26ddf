package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.index.Fields;

/**
 * Entity-widened queries are highlighted from the offsets in the postings (issue 11): the gaps of
 * a name with a stop word in it, or of a longer name it must not match inside, once sent every
 * hit's whole text to re-analysis. The marks still keep out of the longer name. A page is
 * highlighted with each name's exclusions cut to the longer names its documents can hold, and
 * without the names none of them holds ({@link PageHighlightQuery}): 台湾 stays unmarked inside
 * 台湾海峡 on a page with the strait, the strait's exclusion is gone from a page without it, and
 * the marks are those of the whole query either way.
 */
class EntityHighlightTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static Fixtures.Served served;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.write(source, "en/npc.jsonl", """
        {"id":"en:1","title":"Congress week","body":"The Standing Committee of the National People's Congress met on Monday. The National People's Congress itself opens in March.","date":"2024-03-01","source":"Guardian","lang":"en"}
        """);
    Fixtures.write(source, "zh/taiwan.jsonl", """
        {"id":"zh:strait","title":"海峡局势","body":"台湾海峡今天风平浪静。台湾的渔民一早出海捕鱼。","date":"2024-03-01","source":"CCTV","lang":"zh"}
        {"id":"zh:fishing","title":"渔业新闻","body":"台湾的渔民一早出海捕鱼，傍晚回港。","date":"2024-03-02","source":"CCTV","lang":"zh"}
        """);
    // The built-in gazetteer: the NPC, its Standing Committee and their names.
    served = Fixtures.served(Fixtures.builtInGazetteerApp(source, indexDir), source);
  }

  @AfterAll
  static void close() throws IOException {
    served.close();
  }

  @Test
  void widenedQueryIsHighlightedFromThePostings() throws IOException {
    UserQueryParser.ParsedQuery parsed = new UserQueryParser(served.app().analyzer(), served.app().entityNames()).parse("全国人大");
    assertTrue(parsed.highlight().toString().contains("SpanGap"), "the widening has gaps: " + parsed.highlight());
    served.index().read((searcher, state) -> {
      Components highlighter = new Components(Highlighting.builder(searcher, served.app().analyzer(), 1000));
      for (String field : new String[] {Fields.TITLE, Fields.BODY}) {
        UHComponents components = highlighter.of(field, parsed.highlight());
        assertFalse(components.hasUnrecognizedQueryPart(), field);
        assertFalse(components.phraseHelper().willRewrite(), field);
      }
      return null;
    });
  }

  @Test
  void marksKeepOutOfTheLongerName() throws IOException {
    SearchResult result = served.service().search(SearchRequest.of("全国人大"));
    assertEquals(1, result.hits().size());
    String snippet = String.join(" ", result.hits().get(0).snippets());
    int standing = snippet.indexOf("Standing Committee of the ");
    assertTrue(standing >= 0, snippet);
    String insideLonger = snippet.substring(standing, snippet.indexOf("met on Monday"));
    assertFalse(insideLonger.contains("<mark>"), snippet);
    assertTrue(snippet.substring(snippet.indexOf("met on Monday")).contains("<mark>"), snippet);
  }

  @Test
  void taiwanStaysUnmarkedInsideTheStraitOnAPageWithBothDocuments() throws IOException {
    SearchResult result = served.service().search(SearchRequest.of("Taiwan"));
    Map<String, String> snippets = new java.util.HashMap<>();
    result.hits().forEach(hit -> snippets.put(hit.id(), String.join(" ", hit.snippets())));
    assertEquals(java.util.Set.of("zh:strait", "zh:fishing"), snippets.keySet(), result.hits().toString());
    String strait = snippets.get("zh:strait");
    assertTrue(strait.contains("台湾海峡今天") && !strait.contains("<mark>台湾</mark>海峡"), strait);
    assertTrue(strait.contains("<mark>台湾</mark>的渔民"), strait);
    assertTrue(snippets.get("zh:fishing").contains("<mark>台湾</mark>的渔民"), snippets.get("zh:fishing"));
  }

  @Test
  void theStraitsExclusionIsKeptOnlyWhereAPageDocumentHoldsTheStrait() throws IOException {
    Query highlight = new UserQueryParser(served.app().analyzer(), served.app().entityNames()).parse("Taiwan").highlight();
    assertTrue(highlight.toString().contains("海峡"), "the widening keeps 台湾 out of 台湾海峡: " + highlight);
    served.index().read((searcher, state) -> {
      int strait = DocumentLookup.docId(searcher, "zh:strait");
      int fishing = DocumentLookup.docId(searcher, "zh:fishing");
      Query withStrait = PageHighlightQuery.prune(searcher, highlight, new int[] {fishing, strait});
      Query withoutStrait = PageHighlightQuery.prune(searcher, highlight, new int[] {fishing});
      assertTrue(withStrait.toString().contains("海峡"), withStrait.toString());
      assertFalse(withoutStrait.toString().contains("海峡"), withoutStrait.toString());
      assertNotEquals(highlight, withoutStrait);
      // Taiwan's other names that neither document holds (Formosa) are left out of the page's query.
      assertTrue(highlight.toString().contains("formosa"), highlight.toString());
      assertFalse(withStrait.toString().contains("formosa"), withStrait.toString());
      // The marks of the pruned query are the whole query's, document by document.
      Snippets snippets = new Snippets(served.app().analyzer());
      int[] page = {fishing, strait};
      org.apache.lucene.document.Document[] stored = {searcher.storedFields().document(fishing),
          searcher.storedFields().document(strait)};
      for (int i = 0; i < page.length; i++) {
        assertEquals(snippets.highlight(searcher, highlight, new int[] {page[i]}, new org.apache.lucene.document.Document[] {stored[i]}),
            snippets.highlight(searcher, highlight, page, stored).subList(i, i + 1));
      }
      return null;
    });
  }

  @Test
  void theDocumentPageMarksTheSameWay() throws IOException {
    String body = served.lookup().find("zh:strait", "Taiwan").orElseThrow().bodyHtml();
    assertFalse(body.contains("台湾</mark>海峡"), body);
    assertTrue(body.contains("台湾</mark>的渔民"), body);
  }

  /** Exposes the components the highlighter works out per field. */
  private static final class Components extends Highlighting.PostingsHighlighter {
    Components(Builder builder) {
      super(builder);
    }

    UHComponents of(String field, org.apache.lucene.search.Query query) {
      return getHighlightComponents(field, query, new HashSet<>(extractTerms(query)));
    }
  }
}
