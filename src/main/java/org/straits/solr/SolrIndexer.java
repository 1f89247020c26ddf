package org.straits.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.straits.analysis.NearDuplicateSignature;
import org.straits.index.Exclusions;
import org.straits.index.IndexPlan;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.index.IndexedFiles;
import org.straits.index.Indexer;
import org.straits.ingest.CollectingSink;
import org.straits.ingest.IngestProblem;
import org.straits.ingest.Ingestor;
import org.straits.ingest.SourceDocument;
import org.straits.ingest.SourceFile;
import org.straits.ingest.SourceScanner;
import org.straits.schema.Schema;

/**
 * Brings a SolrCloud collection in line with the source folder, with the embedded engine's
 * pipeline (scanner, readers, entity matching) and rules: incremental by content hash, commits at
 * file boundaries every {@code commit-seconds}, a full rebuild into a new collection that the
 * alias is switched to only when it is complete (readers never see half an index), and an
 * interrupted run resumed from the last commit Straits recorded. Straits' own file state lives
 * under the index folder ({@link SolrFileState}); the collection is created, with the generated
 * configset, when missing.
 */
public final class SolrIndexer implements org.straits.index.IndexRun {
  private static final int BATCH = 200;

  private final SolrCluster cluster;
  private final String alias;
  private final SourceScanner scanner;
  private final Ingestor ingestor;
  private final SolrDocuments documents;
  private final String gazetteerFingerprint;
  private final Duration commitInterval;
  private final Exclusions exclusions;

  public SolrIndexer(SolrCluster cluster, String alias, SourceScanner scanner, Ingestor ingestor,
      SolrDocuments documents, String gazetteerFingerprint, Duration commitInterval, Exclusions exclusions) {
    this.cluster = cluster;
    this.alias = alias;
    this.scanner = scanner;
    this.ingestor = ingestor;
    this.documents = documents;
    this.gazetteerFingerprint = gazetteerFingerprint;
    this.commitInterval = commitInterval;
    this.exclusions = exclusions;
  }

  public IndexRunSummary run(Path source, Path stateDir, boolean full, IndexProgress.Listener listener) throws IOException {
    long start = System.nanoTime();
    SourceScanner.ScanResult scan = scanner.scan(source);
    SolrFileState state = SolrFileState.read(stateDir);
    String reason = rebuildReason(state, full, stateDir);
    SolrFileState.Build build = reason == null ? null : resumeOrStart(state, stateDir);
    String collection = build == null ? state.collection() : build.collection();
    Map<String, SolrFileState.FileEntry> files = build == null ? state.files() : build.files();
    Set<String> reread = exclusions.filesToReread();
    SolrStories stories = SolrStories.read(stateDir, collection, state.collection());
    Run run = new Run(collection, files, stories, scan, reread, listener, start);
    run.execute(build != null, () -> {
      save(stateDir, state, build, files);
      stories.write();
    });
    run.commit();
    save(stateDir, state, build, files);
    stories.write();
    exclusions.reread(reread);
    if (build != null) {
      switchAlias(stateDir, state, build, files);
    }
    return run.summary(reason, documentCount(files));
  }

  /** Why the collection must be rebuilt, or null when an incremental run will do. */
  public String staleness(Path stateDir) throws IOException {
    return rebuildReason(SolrFileState.read(stateDir), false, stateDir);
  }

  private String rebuildReason(SolrFileState state, boolean full, Path stateDir) throws IOException {
    if (full) {
      return "full rebuild requested";
    }
    if (state.building() != null) {
      return "resuming an interrupted rebuild into " + state.building().collection();
    }
    if (state.collection() == null || cluster.resolve(alias).isEmpty()) {
      return "no collection yet";
    }
    if (!cluster.resolve(alias).get().equals(state.collection())) {
      return "the alias " + alias + " points at a collection Straits did not build";
    }
    // The collection holds Straits' own terms (pre-analysed): an analysis change needs a rebuild too.
    if (!Indexer.SCHEMA_VERSION.equals(state.schema())) {
      return "index schema changed (" + state.schema() + " -> " + Indexer.SCHEMA_VERSION + ")";
    }
    if (!gazetteerFingerprint.equals(state.gazetteer())) {
      return "the entity gazetteer changed";
    }
    if (!SolrStories.current(stateDir, state.collection())) {
      return "repost groups were made by MinHash alone (an older Straits), without the content check";
    }
    return null;
  }

  private SolrFileState.Build resumeOrStart(SolrFileState state, Path stateDir) throws IOException {
    SolrFileState.Build pending = state.building();
    if (pending != null && Indexer.SCHEMA_VERSION.equals(pending.schema())
        && gazetteerFingerprint.equals(pending.gazetteer()) && cluster.collections().contains(pending.collection())
        && SolrStories.current(stateDir, pending.collection())) {
      return pending;
    }
    String configset = alias + "_" + Schema.fingerprint();
    cluster.uploadConfigset(configset);
    String collection = alias + "_" + System.currentTimeMillis();
    cluster.createCollection(collection, configset);
    SolrFileState.Build build = new SolrFileState.Build(collection, Indexer.SCHEMA_VERSION, gazetteerFingerprint,
        new LinkedHashMap<>());
    new SolrFileState(state.collection(), state.schema(), state.gazetteer(), state.files(), build).write(stateDir);
    return build;
  }

  private void save(Path stateDir, SolrFileState state, SolrFileState.Build build, Map<String, SolrFileState.FileEntry> files)
      throws IOException {
    if (build == null) {
      new SolrFileState(state.collection(), state.schema(), state.gazetteer(), files, null).write(stateDir);
    } else {
      SolrFileState.Build progress = new SolrFileState.Build(build.collection(), build.schema(), build.gazetteer(), files);
      new SolrFileState(state.collection(), state.schema(), state.gazetteer(), state.files(), progress).write(stateDir);
    }
  }

  /** The alias moves to the complete new collection, then the old one goes. */
  private void switchAlias(Path stateDir, SolrFileState state, SolrFileState.Build build,
      Map<String, SolrFileState.FileEntry> files) throws IOException {
    String old = cluster.resolve(alias).orElse(null);
    if (old != null && old.equals(alias)) {
      throw new IOException("a collection named " + alias + " exists where Straits keeps an alias; rename it or use --solr-collection");
    }
    cluster.alias(alias, build.collection());
    new SolrFileState(build.collection(), build.schema(), build.gazetteer(), files, null).write(stateDir);
    if (old != null && !old.equals(build.collection())) {
      cluster.deleteCollection(old);
      SolrStories.delete(stateDir, old);
    }
  }

  private static long documentCount(Map<String, SolrFileState.FileEntry> files) {
    return files.values().stream().mapToLong(f -> f.ids().size()).sum();
  }

  /** Versions of stories regrouped, their changed groups and flags sent, then one commit for both. */
  static void regroupAndCommit(SolrCluster cluster, String collection, SolrStories stories) throws IOException {
    List<SolrInputDocument> updates = stories.regroup(cluster, collection);
    for (int from = 0; from < updates.size(); from += BATCH) {
      cluster.add(collection, updates.subList(from, Math.min(updates.size(), from + BATCH)));
    }
    cluster.commit(collection);
    stories.committed();
  }

  private interface Checkpoint {
    void save() throws IOException;
  }

  /** One run's counters and the file loop. */
  private final class Run {
    private final String collection;
    private final Map<String, SolrFileState.FileEntry> files;
    private final SolrStories stories;
    private final IndexPlan plan;
    private final IndexedFiles indexed;
    private final List<IngestProblem> problems = new ArrayList<>();
    private final Map<String, String> fileById = new HashMap<>();
    private final Set<String> excluded = exclusions.excludedIds();
    private long documentsExcluded;
    private final long expected;
    private final IndexProgress.Listener listener;
    private final long start;
    private int filesDone;
    private long written;
    private long deleted;

    Run(String collection, Map<String, SolrFileState.FileEntry> files, SolrStories stories,
        SourceScanner.ScanResult scan, Set<String> reread, IndexProgress.Listener listener, long start) {
      this.collection = collection;
      this.files = files;
      this.stories = stories;
      this.indexed = SolrFileState.indexed(files);
      this.plan = IndexPlan.compare(scan.files(), indexed, reread);
      this.expected = plan.toRead().stream().mapToLong(ingestor::expectedDocuments).sum();
      this.problems.addAll(scan.skipped());
      this.listener = listener;
      this.start = start;
      Set<String> unchanged = Set.copyOf(plan.unchanged());
      indexed.fileById().forEach((id, file) -> {
        if (unchanged.contains(file)) {
          fileById.put(id, file);
        }
      });
    }

    /**
     * Reads what changed, committing every {@code commitInterval}. A rebuild's collection has no
     * readers yet, so its intermediate commits only checkpoint and it is grouped once at the end,
     * with every document's frequencies, as the embedded engine groups a full rebuild.
     */
    void execute(boolean rebuilding, Checkpoint checkpoint) throws IOException {
      for (String file : plan.removed()) {
        deleteFile(file);
        files.remove(file);
      }
      long lastCommit = System.nanoTime();
      for (SourceFile file : plan.toRead()) {
        readFile(file);
        if (System.nanoTime() - lastCommit > commitInterval.toNanos()) {
          if (rebuilding) {
            cluster.commit(collection);
            stories.committed();
          } else {
            commit();
          }
          checkpoint.save();
          lastCommit = System.nanoTime();
        }
      }
      report();
    }

    void commit() throws IOException {
      regroupAndCommit(cluster, collection, stories);
    }

    private void deleteFile(String file) {
      SolrFileState.FileEntry entry = files.get(file);
      if (entry != null) {
        entry.ids().forEach(stories::remove);
      }
      StringBuilder query = new StringBuilder(Schema.FILE).append(':');
      SolrQueryWriter.quoted(file, query);
      cluster.deleteByQuery(collection, query.toString());
      deleted += indexed.documentsFrom(file);
    }

    private void readFile(SourceFile file) {
      if (indexed.hashByFile().containsKey(file.relativePath())) {
        deleteFile(file.relativePath());
      }
      CollectingSink sink = new CollectingSink();
      ingestor.read(file, sink);
      problems.addAll(sink.problems());
      List<SolrInputDocument> batch = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (SourceDocument doc : sink.documents()) {
        if (!accept(doc)) {
          continue;
        }
        try {
          SolrContent.Terms terms = SolrContent.Terms.collecting();
          SolrInputDocument built = documents.build(doc, file.contentHash(), terms);
          stories.add(built, doc.id(), NearDuplicateSignature.of(doc.title(), doc.body()),
              doc.date() == null ? null : doc.date().toEpochDay(), terms);
          batch.add(built);
          ids.add(doc.id());
        } catch (RuntimeException e) {
          problems.add(IngestProblem.skipped(doc.file(), 0, "document '" + doc.id() + "': " + e.getMessage()));
        }
        if (batch.size() >= BATCH) {
          send(batch);
        }
      }
      send(batch);
      files.put(file.relativePath(), new SolrFileState.FileEntry(file.contentHash(), ids));
      filesDone++;
      report();
    }

    private boolean accept(SourceDocument doc) {
      if (excluded.contains(doc.id())) {
        documentsExcluded++;
        return false;
      }
      String other = fileById.putIfAbsent(doc.id(), doc.file());
      if (other != null && !other.equals(doc.file())) {
        problems.add(IngestProblem.skipped(doc.file(), 0, "duplicate id '" + doc.id() + "' (already in " + other + ")"));
        return false;
      }
      return true;
    }

    private void send(List<SolrInputDocument> batch) {
      cluster.add(collection, batch);
      written += batch.size();
      batch.clear();
    }

    private void report() {
      double rate = written / Math.max((System.nanoTime() - start) / 1e9, 1e-3);
      long failures = problems.stream().filter(IngestProblem::fatal).count();
      listener.onProgress(new IndexProgress(filesDone, plan.toRead().size(), written, Math.max(expected, written),
          failures, rate));
    }

    IndexRunSummary summary(String reason, long total) {
      return new IndexRunSummary(reason != null, reason, plan.added().size(), plan.changed().size(),
          plan.removed().size(), plan.unchanged().size(), written, deleted, documentsExcluded, List.copyOf(problems), total,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
