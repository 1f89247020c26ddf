package org.straits.bench;

import org.straits.solr.LocalSolrCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.straits.entity.EntityMatcher;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;

/**
 * Runs the benchmark: for each corpus (the real one and synthetic ones of growing size) indexes it
 * with Straits, the analysis chain alone, plain Lucene and SQLite FTS5 (Straits alone above
 * {@link #PEERS_UP_TO} documents), then times the same query mix on each; on the first corpus
 * also Straits on SolrCloud, and the same mix through Straits' web server (embedded and on Solr).
 */
public final class BenchRunner {
  public static final String STRAITS = "Straits";
  public static final String CEILING = "Analysis only";
  /**
   * The first corpus indexed again in the same JVM. {@link #STRAITS} on the first corpus is a
   * cold JVM's run (a user's {@code ./straits index}: a quarter of its CPU is the JIT compiler),
   * while the ceiling and later corpora run on compiled code; this row is the like-for-like one.
   */
  public static final String STRAITS_WARM = "Straits, warm JVM (2nd run)";
  private static final int CEILING_SAMPLE = 25_000;
  /**
   * Larger corpora are indexed and searched by Straits alone: no target is a peer's figure there
   * (the 200k targets are Straits' own latencies), and indexing 200k documents four ways took
   * most of the run's time.
   */
  static final int PEERS_UP_TO = 50_000;

  private final BenchOptions options;
  private final Consumer<String> progress;
  /** True until the first corpus is indexed: only that run starts on uncompiled code. */
  private boolean coldJvm = true;

  public BenchRunner(BenchOptions options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  public BenchReport run() throws IOException {
    List<BenchReport.CorpusReport> corpora = new ArrayList<>();
    List<QueryRun> http = new ArrayList<>();
    List<QueryRun> httpBaseline = new ArrayList<>();
    try (SolrStart solr = startSolr()) {
      progress.accept("reading " + options.corpusFiles());
      List<SourceDocument> real = CorpusFiles.read(options.corpusFiles());
      LocalSolrCloud cloud = solr.await();
      if (options.includeReal()) {
        corpora.add(measure("real", real, http, httpBaseline, cloud));
      }
      SyntheticCorpus synthetic = new SyntheticCorpus(real);
      for (int size : options.syntheticSizes()) {
        progress.accept("generating " + size + " synthetic documents");
        List<SourceDocument> docs = synthetic.generate(size, options.seed(), options.traditionalShare());
        corpora.add(measure("synthetic-" + size, docs, corpora.isEmpty() ? http : null, httpBaseline,
            corpora.isEmpty() ? cloud : null));
      }
    }
    return new BenchReport(MachineInfo.current(), options.seed(), corpora, http, httpBaseline, options.scope());
  }

  /**
   * The local 2-node SolrCloud for the Solr peer, started in the background while the corpora are
   * read (nothing is timed then; its start took a tenth of {@code --quick}); null when Solr is not
   * benchmarked.
   */
  private SolrStart startSolr() {
    if (!options.solr()) {
      return new SolrStart(CompletableFuture.completedFuture(null));
    }
    progress.accept("starting a local 2-node SolrCloud for the Solr peer, while the corpora are read");
    Path home = Path.of(System.getProperty("straits.home", ".")).toAbsolutePath();
    return new SolrStart(CompletableFuture.supplyAsync(() -> {
      try {
        return LocalSolrCloud.start(home, 2, null, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /** A cluster being started; closing it waits for the start and stops the cluster, whether or not it was awaited. */
  private final class SolrStart implements AutoCloseable {
    private final CompletableFuture<LocalSolrCloud> start;

    SolrStart(CompletableFuture<LocalSolrCloud> start) {
      this.start = start;
    }

    /** The started cluster (or null), awaited before anything is timed: its start must not share the cores with a measurement. */
    LocalSolrCloud await() throws IOException {
      if (!start.isDone()) {
        progress.accept("waiting for the local SolrCloud to start");
      }
      try {
        return start.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e;
      }
    }

    @Override
    public void close() {
      try {
        LocalSolrCloud cloud = start.join();
        if (cloud != null) {
          cloud.close();
        }
      } catch (CompletionException e) {
        // The start failed: await() reported it, or the run failed before it and reports that.
      }
    }
  }

  /** {@code http} collects the server runs when this corpus is the one benchmarked over HTTP, else null. */
  private BenchReport.CorpusReport measure(String name, List<SourceDocument> docs, List<QueryRun> http,
      List<QueryRun> httpBaseline, LocalSolrCloud cloud) throws IOException {
    Path work = Files.createDirectories(options.work()).resolve(name);
    deleteTree(work);
    try {
      Map<String, Throughput> indexing = new LinkedHashMap<>();
      progress.accept(name + ": indexing " + docs.size() + " documents with Straits");
      IndexingBench.IndexedCorpus straits = IndexingBench.index(docs, work.resolve("straits"), options.gazetteer(),
          options.indexThreads());
      indexing.put(STRAITS, straits.throughput());
      if (coldJvm) {
        coldJvm = false;
        progress.accept(name + ": the same full rebuild again, warm JVM");
        indexing.put(STRAITS_WARM, IndexingBench.reindex(straits, docs));
      }
      boolean peers = docs.size() <= PEERS_UP_TO;
      if (peers) {
        // The ceiling is a rate: a sample of the (randomly ordered) documents measures it as well as all of them.
        List<SourceDocument> sample = docs.subList(0, Math.min(docs.size(), CEILING_SAMPLE));
        progress.accept(name + ": analysis chain alone, " + sample.size() + " documents");
        indexing.put(CEILING, new AnalysisCeiling(new EntityMatcher(straits.app().gazetteer()), options.indexThreads())
            .measure(sample));
      }
      List<BenchQuery> queries = new QueryMix(docs, straits.app().gazetteer()).generate(options.queriesPerKind(), options.seed());
      List<QueryRun> runs = new ArrayList<>();
      RebuildUnderReaders.Result readersFirst = null;
      try (IndexView view = straits.app().openIndex();
          PlainLuceneBaseline lucene = peers ? buildLucene(name, docs, work) : null;
          SqliteFtsPeer sqlite = peers ? buildSqlite(name, docs, work) : null;
          SolrPeer solr = buildSolr(name, docs, work, cloud)) {
        StraitsSystem inProcess = new StraitsSystem(straits.app().searchService(view));
        List<SearchSystem> systems = new ArrayList<>(List.of(inProcess));
        if (peers) {
          indexing.put(lucene.name(), lucene.indexing());
          indexing.put(sqlite.name(), sqlite.indexing());
          systems.addAll(List.of(lucene, sqlite));
        }
        if (solr != null) {
          indexing.put(solr.name(), solr.indexing());
          systems.add(solr);
        }
        runs.addAll(timeQueries(name, systems, queries));
        if (http != null && options.http()) {
          HttpBench httpBench = new HttpBench(options, progress);
          http.addAll(httpBench.run(straits.app(), view, queries));
          if (solr != null && options.httpUrl() == null) {
            http.addAll(httpBench.runSolr(solr.app(), view, queries));
          }
          httpBaseline.addAll(runs.stream().filter(r -> r.system().equals(STRAITS)).toList());
        }
        if (http != null) {
          progress.accept(name + ": " + RebuildUnderReaders.CLIENTS + " search clients, quiet, then during a full rebuild");
          readersFirst = new RebuildUnderReaders(inProcess, queries, options.maxQuerySeconds() / 2,
              options.maxQuerySeconds())
              .run(straits.app(), straits.source(), straits.indexDir());
        }
      }
      return new BenchReport.CorpusReport(name, docs.size(), CorpusFiles.textBytes(docs), languages(docs),
          indexing, runs, readersFirst);
    } finally {
      deleteTree(work);
    }
  }

  private PlainLuceneBaseline buildLucene(String name, List<SourceDocument> docs, Path work) throws IOException {
    progress.accept(name + ": indexing with plain Lucene");
    return PlainLuceneBaseline.build(docs, work.resolve("lucene"), options.indexThreads());
  }

  private SolrPeer buildSolr(String name, List<SourceDocument> docs, Path work, LocalSolrCloud cloud)
      throws IOException {
    if (cloud == null) {
      return null;
    }
    progress.accept(name + ": indexing into the local SolrCloud");
    return SolrPeer.build(docs, work.resolve("straits/source"), work.resolve("solr"), options.gazetteer(),
        options.indexThreads(), cloud, "bench_" + name.replaceAll("[^A-Za-z0-9]", "_"));
  }

  private SqliteFtsPeer buildSqlite(String name, List<SourceDocument> docs, Path work) throws IOException {
    progress.accept(name + ": indexing with SQLite FTS5");
    return SqliteFtsPeer.build(docs, work.resolve("sqlite.db"));
  }

  private List<QueryRun> timeQueries(String name, List<SearchSystem> systems, List<BenchQuery> queries)
      throws IOException {
    QueryBench bench = new QueryBench(options.rounds(), options.maxQuerySeconds());
    List<QueryRun> runs = new ArrayList<>();
    for (int threads : options.queryThreads()) {
      for (SearchSystem system : systems) {
        progress.accept(name + ": " + queries.size() + " queries × " + options.rounds() + " on " + system.name()
            + ", " + threads + " thread(s)");
        runs.add(bench.run(system, queries, threads));
      }
    }
    return runs;
  }

  /** Documents per language, traditional Chinese counted apart (by its title and first characters). */
  static Map<String, Long> languages(List<SourceDocument> docs) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SourceDocument doc : docs) {
      String lang = SyntheticCorpus.languageOf(doc);
      if (lang.equals("zh") && Scripts.looksTraditional(doc.title() + doc.body())) {
        lang = "zh-traditional";
      }
      counts.merge(lang, 1L, Long::sum);
    }
    return counts;
  }

  /** Deletes a scratch folder and everything in it; nothing when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
