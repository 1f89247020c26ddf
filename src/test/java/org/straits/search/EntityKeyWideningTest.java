package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

/**
 * A name is widened to its entity through the entity key the index-time matcher wrote (one term),
 * not through a phrase per name: the documents found are those tagged with the entity, the marks
 * are still on the names each document uses, and the other words typed are still required.
 */
class EntityKeyWideningTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static Fixtures.Served served;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.write(source, "en/kinmen.jsonl", """
        {"id":"en:ferry","title":"Ferry link","body":"The Kinmen ferry to Xiamen resumed on Monday.","date":"2024-03-01","source":"Guardian","lang":"en"}
        {"id":"en:quemoy","title":"Old battles","body":"Quemoy was shelled in 1958, and the islanders remember it.","date":"2024-03-02","source":"Guardian","lang":"en"}
        {"id":"en:none","title":"Ferry strike","body":"The Xiamen ferry crews went on strike on Tuesday.","date":"2024-03-03","source":"Guardian","lang":"en"}
        """);
    Fixtures.write(source, "zh/taiwan.jsonl", """
        {"id":"zh:strait","title":"海峡局势","body":"台湾海峡今天风平浪静，渔民一早出海。","date":"2024-03-01","source":"CCTV","lang":"zh"}
        {"id":"zh:fishing","title":"渔业新闻","body":"臺灣的渔民一早出海捕鱼，傍晚回港。","date":"2024-03-02","source":"CCTV","lang":"zh"}
        """);
    served = Fixtures.served(Fixtures.builtInGazetteerApp(source, indexDir), source);
  }

  @AfterAll
  static void close() throws IOException {
    served.close();
  }

  private static SearchResult search(String q) throws IOException {
    return served.service().search(SearchRequest.of(q));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).sorted().toList();
  }

  private static String snippets(SearchResult result, String id) {
    return result.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().snippets().toString();
  }

  @Test
  void aWidenedNameFindsTheDocumentsTaggedWithTheEntityMarkedOnTheirOwnName() throws IOException {
    SearchResult result = search("金門");
    assertEquals(List.of("en:ferry", "en:quemoy"), ids(result), "Kinmen and Quemoy, through the entity key");
    assertTrue(snippets(result, "en:ferry").contains("<mark>Kinmen</mark>"), snippets(result, "en:ferry"));
    assertTrue(snippets(result, "en:quemoy").contains("<mark>Quemoy</mark>"), snippets(result, "en:quemoy"));
  }

  @Test
  void theOtherWordsAreStillRequired() throws IOException {
    SearchResult result = search("Quemoy ferry");
    assertEquals(List.of("en:ferry"), ids(result), "Quemoy alone and the ferry without Kinmen are left out");
    String marked = snippets(result, "en:ferry");
    assertTrue(marked.contains("<mark>Kinmen ferry</mark>"), "the other name and the typed word: " + marked);
  }

  @Test
  void theTypedFormRanksFirstAndTheLongerNameIsNotTheEntity() throws IOException {
    SearchResult result = search("Taiwan 渔民");
    assertEquals(List.of("zh:fishing"), ids(result), "台湾 inside 台湾海峡 is the strait, not Taiwan");
    assertTrue(snippets(result, "zh:fishing").contains("<mark>臺灣</mark>"), snippets(result, "zh:fishing"));
    SearchResult kinmen = search("Kinmen");
    assertEquals("en:ferry", kinmen.hits().get(0).id(), "the document with the typed name first");
    assertTrue(kinmen.hits().get(0).score() > kinmen.hits().get(1).score(), "not a tie");
  }

  @Test
  void aNameInsideALongerQuotedPhraseFindsOnlyThePhrase() throws IOException {
    assertEquals(List.of(), ids(search("\"Kinmen islanders\"")), "no document has the phrase; Kinmen alone is not it");
    assertEquals(List.of("en:ferry", "en:quemoy"), ids(search("\"Quemoy\"")), "a quoted name is still the name");
  }
}
