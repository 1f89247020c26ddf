package org.straits.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.straits.App;
import org.straits.config.StraitsConfig;
import org.straits.entity.GazetteerException;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.ingest.SourceDocument;

/**
 * Indexes a corpus through the real path, as {@code ./straits index --full} would: JSON Lines files
 * in a source folder, read, built by {@code DocumentBuilder} and written by {@code Indexer}.
 */
public final class IndexingBench {
  private static final int DOCS_PER_FILE = 2_000;

  private IndexingBench() {}

  /** The app and index a benchmark run searches afterwards, and the source folder it was built from. */
  public record IndexedCorpus(App app, Path source, Path indexDir, Throughput throughput) {}

  /** Writes {@code docs} under {@code work}/source and indexes them into {@code work}/index. */
  public static IndexedCorpus index(List<SourceDocument> docs, Path work, Path gazetteer, int threads)
      throws IOException {
    Path source = work.resolve("source");
    Path indexDir = work.resolve("index");
    CorpusFiles.write(docs, source, DOCS_PER_FILE);
    App app = app(source, indexDir, gazetteer, threads);
    return new IndexedCorpus(app, source, indexDir, fullRebuild(app, source, indexDir, docs));
  }

  /**
   * The same full rebuild again in the same JVM, its code now compiled: the steady state of a
   * server that reindexes, where {@link #index}'s first run also pays the JIT compiler.
   */
  public static Throughput reindex(IndexedCorpus corpus, List<SourceDocument> docs) throws IOException {
    return fullRebuild(corpus.app(), corpus.source(), corpus.indexDir(), docs);
  }

  private static Throughput fullRebuild(App app, Path source, Path indexDir, List<SourceDocument> docs)
      throws IOException {
    System.gc();
    long start = System.nanoTime();
    try (HeapSampler heap = HeapSampler.start()) {
      IndexRunSummary summary = app.indexer().run(source, indexDir, true, IndexProgress.Listener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (summary.failures() > 0 || summary.documentsIndexed() != docs.size()) {
        throw new IOException("benchmark indexing lost documents: " + summary.documentsIndexed() + " of "
            + docs.size() + " indexed, " + summary.failures() + " failures, first: " + summary.problems());
      }
      return new Throughput(docs.size(), CorpusFiles.textBytes(docs), seconds, sizeOnDisk(indexDir),
          heap.peakBytes());
    }
  }

  public static App app(Path source, Path indexDir, Path gazetteer, int threads) throws IOException {
    StraitsConfig defaults = StraitsConfig.defaults();
    // Port 0: the HTTP benchmark serves this index on a free loopback port.
    StraitsConfig config = new StraitsConfig(source, indexDir, gazetteer, "127.0.0.1", 0, threads,
        defaults.maxFileBytes() * 10, null, defaults.uploadMaxBytes(), defaults.commitSeconds());
    try {
      return new App(config);
    } catch (GazetteerException e) {
      throw new IOException("cannot load the gazetteer " + gazetteer + ": " + e.getMessage(), e);
    }
  }

  /** Bytes of every file under {@code dir}. */
  public static long sizeOnDisk(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }
}
