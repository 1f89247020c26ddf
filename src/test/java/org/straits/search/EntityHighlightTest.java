package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.Fields;

/**
 * Entity-widened queries are highlighted from the offsets in the postings (issue 11): the gaps of
 * a name with a stop word in it, or of a longer name it must not match inside, once sent every
 * hit's whole text to re-analysis. The marks still keep out of the longer name.
 */
class EntityHighlightTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static App app;
  static IndexView index;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.write(source, "en/npc.jsonl", """
        {"id":"en:1","title":"Congress week","body":"The Standing Committee of the National People's Congress met on Monday. The National People's Congress itself opens in March.","date":"2024-03-01","source":"Guardian","lang":"en"}
        """);
    // The built-in gazetteer: the NPC, its Standing Committee and their names.
    app = Fixtures.builtInGazetteerApp(source, indexDir);
    Fixtures.indexCleanly(app, source);
    index = app.openIndex();
    service = app.searchService(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void widenedQueryIsHighlightedFromThePostings() throws IOException {
    UserQueryParser.ParsedQuery parsed = new UserQueryParser(app.analyzer(), app.entityNames()).parse("全国人大");
    assertTrue(parsed.highlight().toString().contains("SpanGap"), "the widening has gaps: " + parsed.highlight());
    index.read((searcher, state) -> {
      Components highlighter = new Components(Highlighting.builder(searcher, app.analyzer(), 1000));
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
    SearchResult result = service.search(SearchRequest.of("全国人大"));
    assertEquals(1, result.hits().size());
    String snippet = String.join(" ", result.hits().get(0).snippets());
    int standing = snippet.indexOf("Standing Committee of the ");
    assertTrue(standing >= 0, snippet);
    String insideLonger = snippet.substring(standing, snippet.indexOf("met on Monday"));
    assertFalse(insideLonger.contains("<mark>"), snippet);
    assertTrue(snippet.substring(snippet.indexOf("met on Monday")).contains("<mark>"), snippet);
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
