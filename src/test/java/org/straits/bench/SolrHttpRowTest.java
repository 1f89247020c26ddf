package org.straits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;
import org.straits.solr.SolrCloudExtension;

/**
 * The bench's Straits-on-Solr HTTP row, by the lean client (the one the targets use), on the real
 * 2-node SolrCloud the test run shares: a Straits server on backend solr answers every request of
 * the mix, with the embedded engine's hits. {@code BenchRunnerTest} runs without Solr, so without
 * this the row was exercised only by a full {@code ./straits bench}.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrHttpRowTest {
  private static final double NO_TIME_LIMIT = 300;

  @TempDir Path dir;

  @Test
  void theSolrApiRowByTheLeanClientAnswersAsTheEmbeddedEngine() throws IOException {
    List<SourceDocument> docs = BenchFixtures.documents(30);
    Path gazetteer = Fixtures.smallGazetteer();
    IndexingBench.IndexedCorpus embedded = IndexingBench.index(docs, dir.resolve("straits"), gazetteer, 2);
    List<BenchQuery> queries = new QueryMix(docs, embedded.app().gazetteer()).generate(2, 42);
    BenchOptions options = new BenchOptions(List.of(), false, List.of(), 42, 0.3, 2, 1, NO_TIME_LIMIT, List.of(1),
        2, true, null, List.of(1), dir.resolve("work"), gazetteer, true, List.of(HttpSystem.Client.LEAN), null);
    List<String> progress = new ArrayList<>();
    try (IndexView view = embedded.app().openIndex();
        SolrPeer solr = SolrPeer.build(docs, dir.resolve("straits/source"), dir.resolve("solr"), gazetteer, 2,
            SolrCloudExtension.cloud(), "bench_lean_row")) {
      QueryRun inProcess = new QueryBench(1, NO_TIME_LIMIT).run(
          new StraitsSystem(embedded.app().searchService(view)), queries, 1);
      List<QueryRun> rows = new HttpBench(options, progress::add).runSolr(solr.app(), view, queries);

      assertEquals(1, rows.size(), "one row per client, the lean one only: " + rows);
      QueryRun row = rows.get(0);
      assertEquals(HttpSystem.SOLR_API, row.system(), "the lean client's row carries no suffix");
      assertEquals(0, row.errors(), row.toString());
      assertEquals(queries.size(), row.overall().count(), "every request of the mix answered: " + row);
      assertTrue(inProcess.meanHits() > 0, inProcess.toString());
      assertEquals(inProcess.meanHits(), row.meanHits(), 1e-9, "the same totals as the embedded engine's");
      assertTrue(progress.stream().anyMatch(line -> line.contains("on Solr") && line.contains(
          HttpSystem.Client.LEAN.label())), progress.toString());
    }
  }
}
