package org.straits.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.ingest.SourceDocument;

class FormatsTest {
  static Path resource(String name) {
    try {
      return Path.of(FormatsTest.class.getResource("/eval/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void smartDocumentsQueriesAndJudgments() throws IOException {
    TestCollection cisi = SmartFormat.cisi(resource("cisi"));
    assertEquals(3, cisi.documents().size());
    SourceDocument second = cisi.documents().get(1);
    assertEquals("2", second.id());
    assertEquals("Citation indexing", second.title());
    assertEquals(List.of("Garfield, E.", "Jones, K."), second.authors());
    assertEquals("Citation indexes for science: links between papers and their references.", second.body());
    QuerySet set = cisi.querySets().get(0);
    assertEquals(3, set.queries().size());
    assertEquals("How are library catalogues searched\nautomatically?", set.queries().get(0).text().strip());
    assertEquals("Citations\nLinks between scientific papers through citations.", set.queries().get(1).text());
    assertEquals(Map.of("2", 1, "3", 1), set.qrels().get("2"));
    assertEquals(2, set.judged().size(), "the unjudged query does not count");
  }

  @Test
  void drcdParagraphsAreDocumentsAndQuestionsComeInBothScripts() throws IOException {
    TestCollection drcd = DrcdFormat.read(resource("drcd-mini.json"));
    assertEquals(List.of("1-1", "1-2"), drcd.documents().stream().map(SourceDocument::id).toList());
    assertEquals("臺灣", drcd.documents().get(0).title());
    QuerySet traditional = drcd.querySets().get(0);
    QuerySet simplified = drcd.querySets().get(1);
    assertEquals(3, traditional.judged().size());
    assertEquals(Map.of("1-2", 1), traditional.qrels().get("1-2-2"));
    assertEquals("臺灣的電腦產業如何？", traditional.queries().get(0).text());
    assertEquals("台湾的电脑产业如何？", simplified.queries().get(0).text());
    assertEquals(traditional.qrels(), simplified.qrels());
  }

  @Test
  void trecTopicsQrelsAndJsonQueries() throws IOException {
    List<EvalQuery> topics = TrecFormat.queries(resource("trec/topics.txt"));
    assertEquals(List.of(new EvalQuery("301", "International Organized Crime"),
        new EvalQuery("302", "Poliomyelitis and Post-Polio")), topics);
    Map<String, Map<String, Integer>> qrels = TrecFormat.qrels(resource("trec/qrels.txt"));
    assertEquals(Map.of("doc-a", 1, "doc-b", 0), qrels.get("301"));
    assertEquals(Map.of("doc-c", 2), qrels.get("302"));
    assertEquals(List.of(new EvalQuery("q1", "cross-strait relations"), new EvalQuery("7", "两岸关系")),
        TrecFormat.queries(resource("trec/queries.jsonl")));
  }

  @Test
  void badInputNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path qrels = Files.writeString(dir.resolve("bad.qrels"), "301 0 doc-a 1\n301 doc-b\n");
    IOException e = assertThrows(IOException.class, () -> TrecFormat.qrels(qrels));
    assertEquals(true, e.getMessage().contains("bad.qrels:2"), e.getMessage());
  }
}
