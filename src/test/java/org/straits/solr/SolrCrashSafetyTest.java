package org.straits.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.search.SearchRequest;

/**
 * {@code kill -9} of a {@code straits index --backend solr} process at a random moment after its
 * first commit, once during an incremental run and once during a full rebuild: readers keep the
 * last complete state (whole files; the old collection behind the alias), and the next run
 * completes and converges on exactly the documents of the source folder, each once.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrCrashSafetyTest {
  private static final String ALIAS = "straits_crash";
  private static final int DOCS_PER_FILE = 50;
  private static final int BASE_FILES = 4;
  private static final int ALL_FILES = 36;

  @TempDir Path source;
  @TempDir Path index;

  @Test
  void aKilledIndexerLeavesTheLastCompleteStateAndTheNextRunConverges() throws Exception {
    writeFiles(0, BASE_FILES);
    StraitsConfig config = Fixtures.config(source, index).withSolr(SolrCloudExtension.cloud().urls(), ALIAS);
    App app = new App(config);
    Path state = config.stateDir();
    List<String> report = new ArrayList<>();
    try (SolrCluster cluster = app.solrCluster()) {
      SolrEngine engine = app.solrEngine(cluster);
      app.solrIndexer(cluster).run(source, state, false, IndexProgress.Listener.NONE);
      writeFiles(BASE_FILES, ALL_FILES);

      // An incremental run commits at file boundaries: what readers see is whole files, at least the old ones.
      long killedAt = killMidRun(state, false, s -> s.building() == null && s.files().size() > BASE_FILES);
      long seen = liveIds(engine).size();
      assertEquals(0, seen % DOCS_PER_FILE, "whole files only: " + seen);
      assertTrue(seen >= BASE_FILES * DOCS_PER_FILE && seen < ALL_FILES * DOCS_PER_FILE, "killed mid-run: " + seen);
      IndexRunSummary rerun = app.solrIndexer(cluster).run(source, state, false, IndexProgress.Listener.NONE);
      assertEquals(expectedIds(), liveIds(engine), "the next run converges");
      report.add("incremental run killed " + killedAt + " ms after its first commit: readers saw " + seen + " of "
          + ALL_FILES * DOCS_PER_FILE + " documents (whole files); the rerun indexed " + rerun.documentsIndexed()
          + " and converged on " + ALL_FILES * DOCS_PER_FILE + " distinct ids");

      // A full rebuild fills a new collection: readers stay on the complete old one until the alias moves.
      String live = cluster.resolve(ALIAS).orElseThrow();
      long killedFull = killMidRun(state, true, s -> s.building() != null && !s.building().files().isEmpty());
      assertEquals(live, cluster.resolve(ALIAS).orElseThrow(), "the alias still points at the complete collection");
      assertEquals(expectedIds(), liveIds(engine), "readers see the last complete state");
      IndexRunSummary resumed = app.solrIndexer(cluster).run(source, state, false, IndexProgress.Listener.NONE);
      assertTrue(resumed.rebuildReason().startsWith("resuming"), resumed.rebuildReason());
      assertNotEquals(live, cluster.resolve(ALIAS).orElseThrow(), "the alias moved to the rebuilt collection");
      assertEquals(expectedIds(), liveIds(engine), "the resumed rebuild converges");
      assertEquals(List.of(cluster.resolve(ALIAS).orElseThrow()), ownCollections(cluster), "no collection left behind");
      assertNull(SolrFileState.read(state).building());
      report.add("full rebuild killed " + killedFull + " ms after its first commit: readers stayed on " + live
          + " with all documents; the resumed run indexed " + resumed.documentsIndexed() + " and moved the alias");
    }
    Measurements.write("solr-crash-safety", String.join(System.lineSeparator(), report));
  }

  /** Starts the indexer in its own JVM, waits until {@code committed} holds, then kills it at a random moment. */
  private long killMidRun(Path state, boolean full, Predicate<SolrFileState> committed) throws Exception {
    Process indexer = startIndexerProcess(full);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!committed.test(SolrFileState.read(state))) {
      assertTrue(indexer.isAlive(), "the indexer ended before its first commit; see solr-indexer.log");
      assertTrue(System.nanoTime() < deadline, "no commit within two minutes");
      Thread.sleep(20);
    }
    long delay = new Random().nextInt(600);
    Thread.sleep(delay);
    assertTrue(indexer.isAlive(), "the kill must land mid-run (the run ended first)");
    indexer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    return delay;
  }

  private Process startIndexerProcess(boolean full) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.straits.Main", "index", "--backend", "solr", "--solr-urls",
        String.join(",", SolrCloudExtension.cloud().urls()), "--solr-collection", ALIAS,
        "--source", source.toString(), "--index", index.toString(),
        "--gazetteer", Fixtures.smallGazetteer().toString(), "--threads", "1"));
    if (full) {
      command.add("--full");
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("STRAITS_COMMIT_SECONDS", "1");
    builder.redirectErrorStream(true).redirectOutput(new File(index.getParent().toFile(), "solr-indexer.log"));
    return builder.start();
  }

  /** Every id readers can reach through the alias; a duplicate fails here. */
  private static Set<String> liveIds(SolrEngine engine) throws Exception {
    List<String> ids = new ArrayList<>();
    engine.export(SearchRequest.of("").withAllVersions(true), row -> ids.add(row.id()));
    Set<String> distinct = new HashSet<>(ids);
    assertEquals(ids.size(), distinct.size(), "no document twice");
    return distinct;
  }

  private static Set<String> expectedIds() {
    Set<String> ids = new HashSet<>();
    for (int f = 0; f < ALL_FILES; f++) {
      for (int d = 0; d < DOCS_PER_FILE; d++) {
        ids.add(id(f, d));
      }
    }
    return ids;
  }

  private static List<String> ownCollections(SolrCluster cluster) {
    return cluster.collections().stream().filter(c -> c.startsWith(ALIAS + "_")).toList();
  }

  private static String id(int file, int doc) {
    return "crash:" + file + ":" + doc;
  }

  /** JSON Lines files of article-sized documents, so a run spans several one-second commits. */
  private void writeFiles(int from, int to) {
    for (int f = from; f < to; f++) {
      Random words = new Random(f);
      StringBuilder lines = new StringBuilder();
      for (int d = 0; d < DOCS_PER_FILE; d++) {
        StringBuilder body = new StringBuilder("Patrols near Kinmen, report " + f + "-" + d + ".");
        for (int w = 0; w < 300; w++) {
          body.append(' ').append(Long.toString(words.nextInt(50_000), 36));
        }
        lines.append("{\"id\":\"").append(id(f, d)).append("\",\"title\":\"Report ").append(f).append('-').append(d)
            .append("\",\"date\":\"2024-01-0").append(1 + d % 9).append("\",\"lang\":\"en\",\"body\":\"")
            .append(body).append("\"}\n");
      }
      Fixtures.write(source, String.format("crash-%03d.jsonl", f), lines.toString());
    }
  }
}
