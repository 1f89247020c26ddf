package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.IndexProgress;

/**
 * Pasted prose conflates a word with its Porter family (retrieval finds retrieve), read from the
 * real index's terms; a short query keeps exact inflections (China is not Chinese).
 */
class ProseFamiliesTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static IndexView index;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.write(source, "en/retrieve.txt", "Systems that retrieve documents\n\n"
        + "Librarians retrieve documents from catalogues with indexes built by hand.\n");
    Fixtures.write(source, "en/china.txt", "China trade talks\n\nChina opened trade talks on Monday.\n");
    Fixtures.write(source, "en/chinese.txt", "Chinese trade delegation\n\nA Chinese delegation discussed trade.\n");
    App app = new App(Fixtures.config(source, indexDir));
    app.indexer().run(source, indexDir, true, IndexProgress.Listener.NONE);
    index = app.openIndex();
    service = app.searchService(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> ids(String query) throws IOException {
    return service.search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void proseFindsAPorterRelatedForm() throws IOException {
    String question = "what methods of automatic retrieval have been tried by libraries in the past decades";
    assertTrue(ids(question).contains("en/retrieve.txt"), "prose 'retrieval' finds 'retrieve': " + ids(question));
    assertTrue(ids("retrieval").isEmpty(), "a short query keeps the exact word: " + ids("retrieval"));
  }

  @Test
  void shortQueriesDoNotJoinDerivations() throws IOException {
    assertEquals(List.of("en/china.txt"), ids("China trade"));
    assertFalse(ids("Chinese trade").contains("en/china.txt"));
  }

  @Test
  void familiesComeFromTheIndexTerms() throws IOException {
    List<String> relatives = index.read((searcher, facets) ->
        PorterFamilies.of(searcher.getIndexReader()).relatives("retrieval"));
    assertEquals(List.of("retrieve"), relatives);
  }

  @Test
  void proseGivesAFamilyTheIdfOfAllItsDocuments() throws IOException {
    TermFamilies.Family family = index.read((searcher, facets) ->
        PorterFamilies.of(searcher.getIndexReader()).widen(List.of("retrieval")));
    assertEquals(List.of("retrieval", "retrieve"), family.terms());
    assertEquals(1f, family.weight(), 1e-6f, "one document holds the family, as it holds 'retrieve'");
    TermFamilies.Family acronym = index.read((searcher, facets) ->
        PorterFamilies.of(searcher.getIndexReader()).widen(List.of("US")));
    assertEquals(List.of("US"), acronym.terms(), "an acronym has no family");
  }
}
