package org.straits.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.ingest.IngestProblem;

class IndexerTest {
  @TempDir Path source;
  @TempDir Path index;

  private IndexRunSummary run(boolean full) throws IOException {
    App app = Fixtures.app(source, index);
    return app.indexer().run(source, index, full, IndexProgress.Listener.NONE);
  }

  private int docsInIndex() throws IOException {
    try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  @Test
  void firstRunIndexesEverything() throws IOException {
    Fixtures.writeCorpus(source);
    IndexRunSummary summary = run(false);
    assertTrue(summary.fullRebuild());
    assertEquals("no index yet", summary.rebuildReason());
    assertEquals(5, summary.filesAdded());
    assertEquals(6, summary.documentsIndexed());
    assertEquals(6, docsInIndex());
  }

  @Test
  void secondRunSkipsUnchangedFilesAndFollowsChanges() throws IOException {
    Fixtures.writeCorpus(source);
    run(false);
    IndexRunSummary nothing = run(false);
    assertFalse(nothing.fullRebuild());
    assertEquals(5, nothing.filesUnchanged());
    assertEquals(0, nothing.documentsIndexed());

    Fixtures.write(source, "zh/news.jsonl", """
        {"id":"cctv:1","title":"两岸关系","body":"更新后的内容。","date":"2022-10-01"}
        """);
    Files.delete(source.resolve("en/undated.txt"));
    Fixtures.write(source, "en/new.txt", "A new file\n\nFresh text about Kinmen.\n");
    IndexRunSummary changes = run(false);
    assertEquals(1, changes.filesAdded());
    assertEquals(1, changes.filesChanged());
    assertEquals(1, changes.filesRemoved());
    assertEquals(3, changes.filesUnchanged());
    assertEquals(2, changes.documentsIndexed());
    assertEquals(3, changes.documentsDeleted(), "two from the changed jsonl, one from the removed file");
    assertEquals(5, docsInIndex());
  }

  @Test
  void badJsonLineIsReportedWithItsNumberAndTheRestIsIndexed() throws IOException {
    Fixtures.write(source, "feed.jsonl", """
        {"id":"a","title":"First","body":"Taiwan text","date":"2024-01-01"}
        {"id":"b","title":"Broken", "body":
        {"id":"c","title":"Third","body":"More text","date":"2024-01-03"}
        """);
    IndexRunSummary summary = run(false);
    assertEquals(2, summary.documentsIndexed());
    IngestProblem problem = summary.problems().stream().filter(IngestProblem::fatal).findFirst().orElseThrow();
    assertEquals("feed.jsonl", problem.file());
    assertEquals(2, problem.line());
  }

  @Test
  void duplicateIdsAcrossFilesAreRefusedNotOverwritten() throws IOException {
    Fixtures.write(source, "a.jsonl", "{\"id\":\"same\",\"title\":\"A\",\"body\":\"first\"}\n");
    Fixtures.write(source, "b.jsonl", "{\"id\":\"same\",\"title\":\"B\",\"body\":\"second\"}\n");
    IndexRunSummary summary = run(false);
    assertEquals(1, summary.documentsIndexed());
    assertTrue(summary.problems().stream().anyMatch(p -> p.reason().contains("duplicate id 'same'")));
  }

  @Test
  void fullRebuildReplacesTheIndexInOneCommit() throws IOException {
    Fixtures.writeCorpus(source);
    run(false);
    Files.delete(source.resolve("zh/news.jsonl"));
    IndexRunSummary summary = run(true);
    assertEquals("full rebuild requested", summary.rebuildReason());
    assertEquals(4, docsInIndex());
    try (var dir = FSDirectory.open(index)) {
      assertEquals(1, DirectoryReader.listCommits(dir).size(), "old commits are dropped after the swap");
    }
  }

  @Test
  void unreadableFilesAreSkippedWithReasonsAndTheRunCarriesOn() throws IOException {
    Fixtures.writeCorpus(source);
    Fixtures.write(source, "empty.txt", "");
    Files.write(source.resolve("binary.txt"), new byte[] {0, 1, 2, 0, 5});
    Fixtures.write(source, "image.xyz", "not a format we read");
    IndexRunSummary summary = run(false);
    assertEquals(6, summary.documentsIndexed());
    List<String> failed = summary.problems().stream().filter(IngestProblem::fatal).map(IngestProblem::file).sorted().toList();
    assertTrue(failed.containsAll(List.of("binary.txt", "empty.txt")), failed.toString());
  }

  @Test
  void missingSourceFolderIsAClearErrorAndTheIndexStaysIntact() throws IOException {
    Fixtures.writeCorpus(source);
    run(false);
    App app = Fixtures.app(source.resolve("nope"), index);
    IOException e = assertThrows(IOException.class,
        () -> app.indexer().run(source.resolve("nope"), index, false, IndexProgress.Listener.NONE));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
    assertEquals(6, docsInIndex());
  }

  @Test
  void unwritableIndexFolderIsAClearError() throws IOException {
    Fixtures.writeCorpus(source);
    Path file = index.resolve("not-a-folder");
    Files.writeString(file, "x");
    App app = Fixtures.app(source, file);
    assertThrows(IOException.class, () -> app.indexer().run(source, file, false, IndexProgress.Listener.NONE));
  }
}
