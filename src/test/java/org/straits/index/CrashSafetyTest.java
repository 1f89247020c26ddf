package org.straits.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;

/** kill -9 of an indexing process at a random moment leaves a usable index; the next run finishes. */
class CrashSafetyTest {
  private static final int BASE = 100;
  private static final int ADDED = 4_000;

  @TempDir Path source;
  @TempDir Path index;

  @Test
  void killedRunLeavesTheLastCommitServableAndTheNextRunCompletes() throws Exception {
    write(0, BASE);
    App app = Fixtures.app(source, index);
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    write(BASE, BASE + ADDED);

    long generation = commitGeneration();
    Process indexer = startIndexerProcess();
    awaitCommitAfter(generation, indexer);
    // A random moment after the run's first own commit: mid-run, between or during commits.
    long delay = new Random(42).nextInt(800);
    Thread.sleep(delay);
    indexer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    int committed = verifyEveryCommittedDocumentIsServed();
    assertTrue(committed > BASE, "the run's intermediate commit is intact: " + committed);
    assertTrue(committed < BASE + ADDED, "the kill landed mid-run (else this test proves nothing): " + committed);

    IndexRunSummary rerun = app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    assertEquals(BASE + ADDED, rerun.totalDocuments(), "the next run completes the work");
    assertEquals(BASE + ADDED, verifyEveryCommittedDocumentIsServed());
    Measurements.write("crash-safety", "killed_ms_after_first_commit=" + delay + " documents_in_last_commit=" + committed
        + " of " + (BASE + ADDED) + " rerun_indexed=" + rerun.documentsIndexed());
  }

  private long commitGeneration() throws Exception {
    try (var dir = FSDirectory.open(index)) {
      return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(dir);
    }
  }

  private void awaitCommitAfter(long generation, Process indexer) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (commitGeneration() <= generation) {
      assertTrue(indexer.isAlive(), "the indexer ended before its first commit; see indexer.log");
      assertTrue(System.nanoTime() < deadline, "no commit within two minutes");
      Thread.sleep(20);
    }
  }

  private Process startIndexerProcess() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.straits.Main", "index", "--source", source.toString(), "--index", index.toString(),
        "--gazetteer", Fixtures.smallGazetteer().toString(), "--threads", "1"));
    builder.environment().put("STRAITS_COMMIT_SECONDS", "1");
    builder.redirectErrorStream(true).redirectOutput(new File(index.getParent().toFile(), "indexer.log"));
    return builder.start();
  }

  /** Opens the index as a server would and finds every document it holds by its id. */
  private int verifyEveryCommittedDocumentIsServed() throws Exception {
    try (var dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Set<String> ids = new HashSet<>();
      var stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        String id = stored.document(doc, Set.of(Fields.ID)).get(Fields.ID);
        assertEquals(1, searcher.count(new TermQuery(new Term(Fields.ID, id))), "one live copy of " + id);
        ids.add(id);
      }
      assertEquals(reader.numDocs(), ids.size(), "no duplicates");
      return reader.numDocs();
    }
  }

  /** Article-sized documents (a few KB of varied words), so a run spans several commits. */
  private void write(int from, int to) {
    Random words = new Random(from);
    for (int i = from; i < to; i++) {
      StringBuilder body = new StringBuilder("Patrols near Kinmen, item " + i + ".");
      for (int w = 0; w < 400; w++) {
        body.append(' ').append(Long.toString(words.nextInt(50_000), 36));
      }
      Fixtures.write(source, "docs/d" + i + ".txt", "Report " + i + "\n\n" + body + "\n");
    }
  }
}
