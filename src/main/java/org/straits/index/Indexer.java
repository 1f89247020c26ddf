package org.straits.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.straits.ingest.DocumentSink;
import org.straits.ingest.IngestProblem;
import org.straits.ingest.Ingestor;
import org.straits.ingest.SourceDocument;
import org.straits.ingest.SourceFile;
import org.straits.ingest.SourceScanner;

/**
 * Brings the index in line with the source folder: new and changed files are (re)indexed,
 * removed files deleted, unchanged files skipped. A full rebuild writes a new index in place
 * but commits once, at the end, so readers see the old index until the new one is complete.
 */
public final class Indexer implements IndexRun {
  /**
   * Changes whenever fields or analysis change in a way that needs a rebuild: the schema table's
   * fingerprint, the regional vocabulary's (adding or excluding a pair rebuilds the index) and the
   * analysis chain's version ({@code BilingualAnalyzer.VERSION}).
   */
  public static final String SCHEMA_VERSION = org.straits.schema.Schema.fingerprint() + "-"
      + org.straits.analysis.RegionalVocabulary.standard().fingerprint()
      + "-analysis" + org.straits.analysis.BilingualAnalyzer.VERSION;

  private final SourceScanner scanner;
  private final Ingestor ingestor;
  private final DocumentBuilder builder;
  private final String gazetteerFingerprint;
  private final int threads;
  private final Duration commitInterval;
  private final Exclusions exclusions;
  private final boolean nearDuplicates;

  /**
   * @param exclusions ids an administrator removed from the index but not from the source
   *     folder, and files to read again for restored ones; read at the start of every run
   */
  public Indexer(SourceScanner scanner, Ingestor ingestor, DocumentBuilder builder,
      String gazetteerFingerprint, int threads, Duration commitInterval, Exclusions exclusions) {
    this(scanner, ingestor, builder, gazetteerFingerprint, threads, commitInterval, exclusions, true);
  }

  /**
   * @param nearDuplicates whether commits group the versions of one story (off only to measure
   *     what grouping costs; the builder must then skip signatures too)
   */
  public Indexer(SourceScanner scanner, Ingestor ingestor, DocumentBuilder builder,
      String gazetteerFingerprint, int threads, Duration commitInterval, Exclusions exclusions,
      boolean nearDuplicates) {
    this.nearDuplicates = nearDuplicates;
    this.exclusions = exclusions;
    this.scanner = scanner;
    this.ingestor = ingestor;
    this.builder = builder;
    this.gazetteerFingerprint = gazetteerFingerprint;
    this.threads = Math.max(1, threads);
    this.commitInterval = commitInterval;
  }

  /**
   * Runs on a thread of its own at a lower OS priority ({@link BackgroundPriority}), so that
   * searches served meanwhile keep the cores.
   */
  public IndexRunSummary run(Path source, Path indexDir, boolean full, IndexProgress.Listener listener)
      throws IOException {
    return BackgroundPriority.call("straits-indexer", () -> runHere(source, indexDir, full, listener));
  }

  private IndexRunSummary runHere(Path source, Path indexDir, boolean full, IndexProgress.Listener listener)
      throws IOException {
    long start = System.nanoTime();
    long scanStartMillis = System.currentTimeMillis();
    SourceScanner.ScanResult scan = scanner.scan(source);
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      String rebuildReason = rebuildReason(dir, full);
      IndexedFiles indexed = rebuildReason == null ? readIndexed(dir) : IndexedFiles.empty();
      java.util.Set<String> reread = exclusions.filesToReread();
      IndexPlan plan = IndexPlan.compare(scan.files(), indexed, reread);
      Run run = new Run(plan, indexed, FirstSeen.read(dir), scan.skipped(), listener, start, scanStartMillis);
      try (IndexWriter writer = openWriter(dir, indexDir, rebuildReason != null)) {
        run.execute(writer, rebuildReason == null);
        commit(writer);
        exclusions.reread(reread);
        return run.summary(rebuildReason, writer.getDocStats().numDocs);
      }
    }
  }

  /**
   * Why the index at {@code indexDir} cannot be used as it is (no index yet, older schema, other
   * gazetteer), or null when it is current.
   */
  public String staleness(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return "no index yet";
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return rebuildReason(dir, false);
    }
  }

  private String rebuildReason(Directory dir, boolean full) throws IOException {
    if (full) {
      return "full rebuild requested";
    }
    if (!DirectoryReader.indexExists(dir)) {
      return "no index yet";
    }
    Map<String, String> data = IndexMetadata.read(dir);
    if (!SCHEMA_VERSION.equals(data.get(IndexMetadata.SCHEMA))) {
      return "index schema changed (" + data.get(IndexMetadata.SCHEMA) + " -> " + SCHEMA_VERSION + ")";
    }
    if (!gazetteerFingerprint.equals(data.get(IndexMetadata.GAZETTEER))) {
      return "the entity gazetteer changed";
    }
    // Kept out of SCHEMA_VERSION, which the Solr engine shares: its stored fields are Solr's.
    if (!StraitsCodec.FORMAT.equals(data.get(IndexMetadata.FORMAT))) {
      return "the stored-field format changed (" + data.get(IndexMetadata.FORMAT) + " -> " + StraitsCodec.FORMAT + ")";
    }
    return null;
  }

  private static IndexedFiles readIndexed(Directory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return IndexedFiles.read(reader);
    }
  }

  private static IndexWriter openWriter(Directory dir, Path indexDir, boolean create) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzer.create());
    config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    WriterSettings.apply(config);
    // A failed run must leave the last commit in force, never a half-written index.
    config.setCommitOnClose(false);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IOException("another indexing run is using " + indexDir + "; wait for it to finish", e);
    } catch (java.nio.file.AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
      throw notWritable(indexDir, e);
    } catch (java.nio.file.FileSystemException e) {
      if (e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
        throw notWritable(indexDir, e);
      }
      throw e;
    }
  }

  private static IOException notWritable(Path indexDir, Exception e) {
    return new IOException("the index folder " + indexDir + " is read-only: it can be searched but not indexed into"
        + " (give --index a writable folder)", e);
  }

  private void commit(IndexWriter writer) throws IOException {
    if (nearDuplicates) {
      // Every commit leaves the groups of versions right: new documents joined, representatives chosen.
      DuplicateGroups.update(writer);
    }
    writer.setLiveCommitData(IndexMetadata.of(gazetteerFingerprint, Instant.now()).entrySet());
    writer.commit();
  }

  /** The state of one run: counters, problems, and the reading loop. */
  private final class Run implements DocumentSink {
    private final IndexPlan plan;
    private final IndexedFiles indexed;
    private final FirstSeen firstSeen;
    private final List<IngestProblem> problems = Collections.synchronizedList(new java.util.ArrayList<>());
    private final Map<String, String> fileById = new ConcurrentHashMap<>();
    private final IndexProgress.Listener listener;
    private final long start;
    private final long scanStartMillis;
    private final List<SourceFile> filesToRead;
    private final java.util.Set<String> excluded = exclusions.excludedIds();
    private final long documentsExpected;
    private long documentsExcluded;
    private DocumentPipeline pipeline;
    private SourceFile current;
    private int filesDone;
    private long deleted;
    private long lastProgress;

    Run(IndexPlan plan, IndexedFiles indexed, FirstSeen firstSeen, List<IngestProblem> skipped,
        IndexProgress.Listener listener, long start, long scanStartMillis) {
      this.scanStartMillis = scanStartMillis;
      this.plan = plan;
      this.indexed = indexed;
      this.firstSeen = firstSeen;
      this.problems.addAll(skipped);
      this.listener = listener;
      this.start = start;
      java.util.Set<String> unchanged = new java.util.HashSet<>(plan.unchanged());
      indexed.fileById().forEach((id, file) -> {
        if (unchanged.contains(file)) {
          fileById.put(id, file);
        }
      });
      this.filesToRead = plan.toRead();
      this.documentsExpected = filesToRead.stream().mapToLong(ingestor::expectedDocuments).sum();
    }

    void execute(IndexWriter writer, boolean incremental) throws IOException {
      for (String file : plan.removed()) {
        writer.deleteDocuments(new Term(Fields.FILE, file));
        deleted += indexed.documentsFrom(file);
      }
      long lastCommit = System.nanoTime();
      try (DocumentPipeline docs = new DocumentPipeline(writer, builder, threads)) {
        pipeline = docs;
        for (SourceFile file : filesToRead) {
          readFile(writer, file);
          if (incremental && System.nanoTime() - lastCommit > commitInterval.toNanos()) {
            docs.awaitFlushed();
            commit(writer);
            lastCommit = System.nanoTime();
          }
        }
        docs.awaitFlushed();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("indexing interrupted", e);
      }
      report(true);
    }

    private void readFile(IndexWriter writer, SourceFile file) throws IOException {
      if (indexed.hashByFile().containsKey(file.relativePath())) {
        writer.deleteDocuments(new Term(Fields.FILE, file.relativePath()));
        deleted += indexed.documentsFrom(file.relativePath());
      }
      current = file;
      ingestor.read(file, this);
      // The ingestor turns every exception into a file problem; a broken writer must stop the run.
      pipeline.rethrowFatal();
      warnIfChangedWhileRead(file);
      filesDone++;
      report(false);
    }

    /**
     * A file written to while it was read may have given a torn mix of old and new text. Its
     * documents carry the hash taken at the scan, which no longer matches the file, so the next
     * run reads it again; the reader is told so.
     */
    private void warnIfChangedWhileRead(SourceFile file) {
      try {
        boolean changed = Files.size(file.path()) != file.size()
            || Files.getLastModifiedTime(file.path()).toMillis() > scanStartMillis;
        if (changed) {
          problem(IngestProblem.warning(file.relativePath(),
              "changed while it was being read; it will be read again on the next run"));
        }
      } catch (IOException gone) {
        problem(IngestProblem.warning(file.relativePath(), "removed while it was being read"));
      }
    }

    @Override
    public void document(SourceDocument doc) {
      if (excluded.contains(doc.id())) {
        documentsExcluded++;
        return;
      }
      String other = fileById.putIfAbsent(doc.id(), doc.file());
      if (other != null) {
        problem(IngestProblem.skipped(doc.file(), 0, "duplicate id '" + doc.id() + "' (already in " + other + ")"));
        return;
      }
      try {
        pipeline.submit(doc, current.contentHash(), firstSeen.of(doc.id()), this::problem);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("indexing interrupted", e);
      }
      report(false);
    }

    @Override
    public void problem(IngestProblem problem) {
      problems.add(problem);
    }

    private void report(boolean force) {
      long now = System.nanoTime();
      if (!force && now - lastProgress < 200_000_000L) {
        return;
      }
      lastProgress = now;
      long done = pipeline == null ? 0 : pipeline.indexed();
      double rate = done / Math.max((now - start) / 1e9, 1e-3);
      long failures = problems.stream().filter(IngestProblem::fatal).count();
      listener.onProgress(new IndexProgress(filesDone, filesToRead.size(), done,
          Math.max(documentsExpected, done), failures, rate));
    }

    IndexRunSummary summary(String rebuildReason, long totalDocs) {
      return new IndexRunSummary(rebuildReason != null, rebuildReason, plan.added().size(),
          plan.changed().size(), plan.removed().size(), plan.unchanged().size(), pipeline.indexed(),
          deleted, documentsExcluded, List.copyOf(problems), totalDocs, Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
