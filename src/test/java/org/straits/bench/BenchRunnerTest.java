package org.straits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.search.SearchJson;

/** A tiny end-to-end run: every section of the report is there, with sane (not fast) numbers. */
class BenchRunnerTest {
  @TempDir Path dir;

  @Test
  void quickRunReportsEverySection() throws IOException {
    Path corpus = BenchFixtures.writeCorpus(dir.resolve("corpus"), 40);
    BenchOptions options = new BenchOptions(List.of(corpus), true, List.of(200, 300), 42, 0.3, 2, 1, 30,
        List.of(1, 2), 2, true, null, List.of(1, 2), dir.resolve("work"), Fixtures.smallGazetteer());
    List<String> progress = new ArrayList<>();
    BenchReport report = new BenchRunner(options, progress::add).run();

    assertTrue(report.machine().processors() > 0);
    assertEquals(List.of("real", "synthetic-200", "synthetic-300"),
        report.corpora().stream().map(BenchReport.CorpusReport::name).toList());
    for (BenchReport.CorpusReport corpus1 : report.corpora()) {
      Set<String> systems = corpus1 == report.corpora().get(0)
          ? Set.of(BenchRunner.STRAITS, BenchRunner.STRAITS_WARM, BenchRunner.CEILING, "Plain Lucene", "SQLite FTS5")
          : Set.of(BenchRunner.STRAITS, BenchRunner.CEILING, "Plain Lucene", "SQLite FTS5");
      assertEquals(systems, corpus1.indexing().keySet(), "the warm rerun on the first corpus only");
      corpus1.indexing().forEach((system, t) -> {
        assertEquals(corpus1.documents(), t.documents(), system);
        assertTrue(t.seconds() > 0 && t.docsPerSecond() > 0 && t.peakHeapBytes() > 0, system + " " + t);
      });
      assertTrue(corpus1.indexing().get(BenchRunner.STRAITS).diskBytes() > 0);
      assertEquals(6, corpus1.queries().size(), "3 systems × 1 and 2 threads");
      for (QueryRun run : corpus1.queries()) {
        assertEquals(0, run.errors(), run.toString());
        assertTrue(run.overall().count() > 0 && run.overall().p50Ms() > 0, run.toString());
        assertTrue(run.overall().p50Ms() <= run.overall().p99Ms());
        assertEquals(QueryKind.values().length, run.byKind().size(), run.system());
      }
    }
    RebuildUnderReaders.Result readers = report.corpora().get(0).readersFirst();
    assertEquals(0, readers.errors(), readers.toString());
    assertTrue(readers.quiet().count() > 0 && readers.duringRebuild().count() > 0, readers.toString());
    assertTrue(readers.rebuildDocsPerSecond() > 0, readers.toString());
    assertTrue(report.corpora().stream().skip(1).allMatch(c -> c.readersFirst() == null), "first corpus only");
    assertEquals(10, report.http().size(), "the floor, then API and page × 1 and 2 clients, by each HTTP client");
    assertEquals(HttpSystem.FLOOR, report.http().get(0).system());
    assertEquals(HttpSystem.FLOOR + HttpSystem.Client.JDK.suffix(), report.http().get(1).system());
    assertEquals(5, report.http().stream().filter(r -> r.system().endsWith(HttpSystem.Client.JDK.suffix())).count(),
        "every row by the JDK's client too");
    report.http().forEach(run -> assertEquals(0, run.errors(), run.toString()));
    assertFalse(report.httpBaseline().isEmpty());
    assertFalse(progress.isEmpty());
    assertFalse(Files.exists(dir.resolve("work/real")), "scratch indexes are removed");
    String json = SearchJson.mapper().writeValueAsString(report);
    assertEquals(report, SearchJson.mapper().readValue(json, BenchReport.class), "bench --report reads what it wrote");
  }

  @Test
  void queryMixHasEveryKindAndIsSeeded() throws IOException {
    QueryMix mix = new QueryMix(BenchFixtures.documents(20), org.straits.entity.Gazetteer.loadDefault());
    List<BenchQuery> queries = mix.generate(3, 5);
    int examples = ReaderQueries.EXAMPLES.values().stream().mapToInt(List::size).sum();
    assertEquals(3 * QueryKind.values().length + examples, queries.size());
    assertEquals(queries, mix.generate(3, 5));
    assertTrue(queries.stream().filter(q -> q.kind() == QueryKind.EN_PHRASE).allMatch(BenchQuery::isPhrase));
    assertTrue(queries.stream().filter(q -> q.kind() == QueryKind.ZH_WORD).allMatch(BenchQuery::isChinese));
    assertTrue(queries.stream().filter(q -> q.kind() == QueryKind.BROWSE).allMatch(q -> q.text().isEmpty()));
    assertTrue(queries.stream().filter(q -> q.kind() == QueryKind.EN_WORDS).allMatch(BenchQuery::allWords));
    assertTrue(queries.stream().filter(q -> q.kind() == QueryKind.ZH_WORDS)
        .allMatch(q -> q.allWords() && q.isChinese()));
    assertTrue(queries.stream().filter(q -> q.kind() == QueryKind.ENTITY).anyMatch(q -> !q.text().isBlank()));
  }
}
