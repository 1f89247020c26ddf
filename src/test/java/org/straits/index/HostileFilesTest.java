package org.straits.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.ingest.IngestProblem;

/**
 * The files of issue 15's list, dropped into a source folder beside real documents: each one is
 * refused or truncated with a named reason, memory stays bounded, the rest of the run carries on
 * and what was indexed before stays. Figures go to target/measurements/hostile-files.txt.
 */
class HostileFilesTest {
  @TempDir Path source;
  @TempDir Path index;

  @Test
  void everyHostileFileIsNamedAndTheRunCarriesOn() throws IOException {
    Fixtures.writeCorpus(source);
    App app = Fixtures.app(source, index);
    long before = app.indexer().run(source, index, false, IndexProgress.Listener.NONE).totalDocuments();

    Path hostile = Files.createDirectories(source.resolve("hostile"));
    long writeStart = System.nanoTime();
    HostileFiles.zipBombDocx(hostile.resolve("bomb.docx"), 50);
    HostileFiles.deeplyNestedHtml(hostile.resolve("nested.html"), 100_000);
    HostileFiles.manyPagePdf(hostile.resolve("pages.pdf"), 10_000, 8);
    HostileFiles.hugeSparseJsonLine(hostile.resolve("huge.jsonl"), 2L << 30);
    Files.write(hostile.resolve("garbage.txt"), HostileFiles.invalidUtf8());
    Files.write(hostile.resolve("mixed.txt"), HostileFiles.mixedEncodings());
    Fixtures.write(source, "hostile/fine.txt", "A fine file\n\nOrdinary text about the Taiwan Strait.\n");
    long writeMs = (System.nanoTime() - writeStart) / 1_000_000;

    long heapBefore = usedHeapAfterGc();
    long runStart = System.nanoTime();
    IndexRunSummary run = app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    Duration took = Duration.ofNanos(System.nanoTime() - runStart);
    long heapAfter = usedHeapAfterGc();

    Map<String, String> reasons = run.problems().stream()
        .collect(Collectors.toMap(p -> Path.of(p.file()).getFileName().toString(), IngestProblem::reason, (a, b) -> a + "; " + b));
    assertTrue(reasons.get("bomb.docx").toLowerCase().contains("zip bomb"), reasons.toString());
    assertTrue(reasons.get("huge.jsonl").contains("too large"), reasons.toString());
    assertTrue(reasons.get("pages.pdf").contains("truncated"), reasons.toString());
    assertTrue(reasons.get("garbage.txt") != null, "bytes of no encoding are refused with a reason: " + reasons);
    assertTrue(!reasons.containsKey("fine.txt"), reasons.toString());
    assertTrue(!reasons.containsKey("mixed.txt") || !reasons.get("mixed.txt").isBlank(), reasons.toString());
    // The nested page is read (its sentence is found) or refused with a reason; never a crash.
    boolean nestedRead = !reasons.containsKey("nested.html");
    assertTrue(nestedRead || !reasons.get("nested.html").isBlank());
    assertTrue(run.totalDocuments() >= before + 2, "earlier documents stay and the fine files are added: " + run);
    assertEquals(run.totalDocuments(), docsInIndex());
    assertTrue(heapAfter - heapBefore < 256L << 20, "memory bounded: " + (heapAfter - heapBefore) + " bytes retained");

    List<String> lines = new java.util.ArrayList<>(List.of(
        "hostile files written in " + writeMs + " ms; incremental run over them " + took.toMillis() + " ms",
        "documents before " + before + ", after " + run.totalDocuments(),
        "heap retained after the run (after GC): " + ((heapAfter - heapBefore) >> 20) + " MiB",
        "reasons:"));
    reasons.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue()).sorted().forEach(lines::add);
    org.straits.Measurements.write("hostile-files", String.join(System.lineSeparator(), lines));
  }

  @Test
  void aFileThatTakesTooLongIsStoppedAtTheTimeLimit() throws IOException {
    HostileFiles.manyPagePdf(source.resolve("slow.pdf"), 400, 8);
    var reader = new org.straits.ingest.TikaReader(5_000_000, Duration.ofMillis(1));
    var sink = new org.straits.ingest.CollectingSink();
    new org.straits.ingest.Ingestor(List.of(reader)).read(
        new org.straits.ingest.SourceFile(source.resolve("slow.pdf"), "slow.pdf", Files.size(source.resolve("slow.pdf")), ""), sink);
    assertEquals(0, sink.documents().size());
    assertTrue(sink.problems().get(0).reason().contains("took longer than"), sink.problems().toString());
  }

  @Test
  void aFileChangedWhileItIsReadIsReadAgainNextRun() throws IOException {
    Path file = source.resolve("growing.jsonl");
    Files.writeString(file, "{\"id\":\"first\",\"title\":\"First\",\"body\":\"Kinmen ferry resumes.\"}\n");
    org.straits.ingest.DocumentReader appendingWhileRead = new org.straits.ingest.DocumentReader() {
      private final org.straits.ingest.JsonLinesReader jsonl = new org.straits.ingest.JsonLinesReader();

      @Override
      public boolean accepts(String name) {
        return jsonl.accepts(name);
      }

      @Override
      public void read(org.straits.ingest.SourceFile f, org.straits.ingest.DocumentSink sink) throws IOException {
        jsonl.read(f, sink);
        // A writer appends a second line while the indexer is still busy with this file.
        Files.writeString(f.path(), "{\"id\":\"second\",\"title\":\"Second\",\"body\":\"Matsu ferry too.\"}\n",
            java.nio.file.StandardOpenOption.APPEND);
      }
    };
    App app = Fixtures.app(source, index);
    IndexRunSummary first = indexerWith(app, new org.straits.ingest.Ingestor(List.of(appendingWhileRead)))
        .run(source, index, false, IndexProgress.Listener.NONE);
    assertTrue(first.problems().stream().anyMatch(p -> p.reason().contains("changed while it was being read")),
        first.problems().toString());
    assertEquals(1, first.totalDocuments());

    IndexRunSummary second = app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    assertEquals(1, second.filesChanged(), "the file's hash no longer matches the one stored: read again");
    assertEquals(2, second.totalDocuments());
  }

  private static Indexer indexerWith(App app, org.straits.ingest.Ingestor ingestor) {
    var gazetteer = app.gazetteer();
    var builder = new DocumentBuilder(FacetDims.config(), gazetteer, new org.straits.entity.EntityMatcher(gazetteer));
    return new Indexer(new org.straits.ingest.SourceScanner(1 << 20, ingestor::supports), ingestor, builder,
        gazetteer.fingerprint(), 1, Duration.ofSeconds(30), Exclusions.NONE);
  }

  private long docsInIndex() throws IOException {
    try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
