package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.index.Fields;
import org.straits.schema.Schema;

/**
 * The passages a hit shows do not depend on the JVM run. A Chinese word is matched at one place
 * through the body and through its Han-bigram shadow, with different frequencies in the document;
 * Lucene weighs the term by whichever match comes first, and that order followed the masked-field
 * set's, which changed from run to run ({@code Set.copyOf}): on this CCTV bulletin (from the real
 * corpus) {@code 教育} showed its opening or "要健全全员育人…" first, by run. The fields are now
 * merged in one stated order, the field itself first ({@link Schema#highlightSources}).
 */
class SnippetTieTest {
  private static final String DOCUMENT = "/snippets/cctv-xwlb-20240901-01.jsonl";
  private static final String QUERY_TEXT = "教育";
  private static Query query;

  @TempDir static Path source;
  @TempDir static Path indexDir;
  static Fixtures.Served served;

  @BeforeAll
  static void buildIndex() throws Exception {
    try (InputStream line = SnippetTieTest.class.getResourceAsStream(DOCUMENT)) {
      Files.createDirectories(source.resolve("zh"));
      Files.write(source.resolve("zh/cctv.jsonl"), line.readAllBytes());
    }
    served = Fixtures.served(Fixtures.app(source, indexDir), source);
    query = new UserQueryParser(served.app().analyzer(), served.app().entityNames()).parse(QUERY_TEXT).highlight();
  }

  @AfterAll
  static void close() throws IOException {
    served.close();
  }

  /**
   * The tie itself, on a small real index: the same highlighter with the fields merged in the
   * other order picks other passages, so the order has to be fixed.
   */
  @Test
  void theFieldsOrderChoosesThePassages() throws IOException {
    List<String> fields = fieldFirst();
    assertTrue(fields.size() > 1, "the body is highlighted with its shadow: " + fields);
    assertNotEquals(passages(fields), passages(fields.reversed()));
  }

  /** The stated order: the field itself, then its shadow. */
  @Test
  void theMaskedFieldsAreInOneOrder() {
    assertEquals(List.of(Fields.BODY, Fields.BODY_CJK), fieldFirst());
  }

  /** The search shows the passages of the field-first order, in every JVM run. */
  @Test
  void theSearchShowsTheFieldFirstChoice() throws IOException {
    SearchResult result = served.service().search(SearchRequest.of(QUERY_TEXT));
    assertEquals(1, result.hits().size());
    List<String> shown = result.hits().get(0).snippets().stream()
        .map(s -> s.replace("<mark>", "[").replace("</mark>", "]")).toList();
    assertEquals(passages(fieldFirst()).get(0), shown.get(0), "the passage the order chooses");
    assertTrue(shown.get(0).startsWith("央视网消息"), shown.get(0));
  }

  private static List<String> fieldFirst() {
    return List.copyOf(Schema.highlightSources().get(Fields.BODY));
  }

  /**
   * The body's passages as the search page picks them, with the fields merged in {@code order}
   * (adjacent passages come joined, as Lucene's formatter writes them).
   */
  private static List<String> passages(List<String> order) throws IOException {
    return served.index().read((searcher, state) -> {
      Set<String> masked = new LinkedHashSet<>(order);
      var highlighter = new Highlighting.PostingsHighlighter(Highlighting.builder(searcher, served.app().analyzer(), 1_000_000)
          .withMaskedFieldsFunc(field -> masked)
          .withFormatter(new DefaultPassageFormatter("[", "]", "\u0000", false))
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), 220, 0.5f)));
      TopDocs top = searcher.search(query, 1);
      String joined = highlighter.highlight(Fields.BODY, query, top, Snippets.BODY_PASSAGES)[0];
      return List.of(joined.split("\u0000")).stream().map(p -> p.replaceAll("\\s+", " ").strip()).toList();
    });
  }
}
