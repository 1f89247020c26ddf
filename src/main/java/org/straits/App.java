package org.straits;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.straits.admin.AdminSessions;
import org.straits.admin.Administration;
import org.straits.admin.AuditLog;
import org.straits.admin.DocumentRemoval;
import org.straits.admin.GazetteerSource;
import org.straits.admin.ExcludedIds;
import org.straits.admin.IndexJobs;
import org.straits.admin.LoginThrottle;
import org.straits.admin.PasswordHash;
import org.straits.admin.ReviewDecisions;
import org.straits.admin.RunHistory;
import org.straits.admin.UploadStore;
import org.straits.config.StraitsConfig;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;
import org.straits.entity.discovery.Discovery;
import org.straits.entity.discovery.ReviewedGazetteer;
import org.straits.index.DocumentBuilder;
import org.straits.index.DocumentStore;
import org.straits.index.IndexRun;
import org.straits.index.LuceneDocumentStore;
import org.straits.index.DocumentRefresh;
import org.straits.index.FacetDims;
import org.straits.index.IndexAnalyzer;
import org.straits.index.Indexer;
import org.straits.ingest.Ingestor;
import org.straits.ingest.SourceScanner;
import org.straits.search.DocumentLookup;
import org.straits.search.DocumentPicker;
import org.straits.search.EntityNames;
import org.straits.search.EntityProfile;
import org.straits.search.FacetBrowser;
import org.straits.search.IndexView;
import org.straits.search.LuceneEngine;
import org.straits.search.AdmittedEngine;
import org.straits.search.ReviewAwareEngine;
import org.straits.search.SearchSlots;
import org.straits.search.SearchEngine;
import org.straits.search.SearchService;
import org.straits.search.Suggester;
import org.straits.solr.SolrCluster;
import org.straits.solr.SolrDocumentStore;
import org.straits.solr.SolrDocuments;
import org.straits.solr.SolrEngine;
import org.straits.solr.SolrIndexer;
import org.straits.web.WebServer;

/** Wires the parts together from a configuration: the one place that knows every concrete class. */
public final class App {
  private final StraitsConfig config;
  /** The gazetteer file as it was read. */
  private final AtomicReference<Gazetteer> curated = new AtomicReference<>();
  /** The curated gazetteer with the review decisions folded in: what indexing and search use. */
  private final AtomicReference<ReviewedGazetteer> gazetteer = new AtomicReference<>();
  private final Analyzer analyzer = IndexAnalyzer.create();
  private final ExcludedIds excludedIds;
  private final ReviewDecisions reviewDecisions;
  /** The gazetteer in force before the last reload: the served index may still be built with it. */
  private final AtomicReference<Gazetteer> previousGazetteer = new AtomicReference<>();
  /** The index a server or command searches, once opened; names follow the gazetteer it was built with. */
  private final AtomicReference<IndexView> served = new AtomicReference<>();
  private final EntityNames entityNames = new EntityNames(this::servedGazetteer);
  /** The embedded engine's searches, a core each, shared by every engine this process opens. */
  private final SearchSlots searchSlots;

  public App(StraitsConfig config) throws GazetteerException {
    this.config = config;
    this.searchSlots = new SearchSlots(config.searchThreads());
    this.excludedIds = new ExcludedIds(config.stateDir());
    this.reviewDecisions = new ReviewDecisions(config.stateDir().resolve("review-decisions.jsonl"));
    this.curated.set(loadGazetteer());
    applyReviewDecisions();
  }

  public StraitsConfig config() {
    return config;
  }

  public Gazetteer gazetteer() {
    return gazetteer.get().gazetteer();
  }

  /** The gazetteer file alone, before review decisions: what an export is compared with. */
  public Gazetteer curatedGazetteer() {
    return curated.get();
  }

  public ReviewDecisions reviewDecisions() {
    return reviewDecisions;
  }

  /** The review decisions in force, over the curated gazetteer. */
  public ReviewedGazetteer reviewed() {
    return gazetteer.get();
  }

  /** Folds the stored review decisions into the curated gazetteer again, after a new one. */
  public void applyReviewDecisions() {
    gazetteer.set(ReviewedGazetteer.of(curated.get(), reviewDecisions.all()));
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public ExcludedIds excludedIds() {
    return excludedIds;
  }

  /**
   * Re-reads the configured gazetteer file. A file with an error is refused (the exception names
   * the line and the reason) and the gazetteer in force stays; the next indexing run rebuilds
   * the index with the new one, since its fingerprint changed.
   */
  public Gazetteer reloadGazetteer() throws GazetteerException {
    Gazetteer fresh = loadGazetteer();
    Gazetteer before = gazetteer();
    curated.set(fresh);
    applyReviewDecisions();
    previousGazetteer.set(before);
    return gazetteer();
  }

  /**
   * The gazetteer the served index was built with, when it is the one in force or the one before
   * the last reload; else the one in force. Search and index stay consistent until the rebuild
   * with a reloaded gazetteer is served, then search follows it.
   */
  private Gazetteer servedGazetteer() {
    Gazetteer current = gazetteer();
    Gazetteer previous = previousGazetteer.get();
    IndexView view = served.get();
    if (view == null || previous == null) {
      return current;
    }
    try {
      String built = view.gazetteerFingerprint();
      return built.equals(previous.fingerprint()) && !built.equals(current.fingerprint()) ? previous : current;
    } catch (IOException | RuntimeException closed) {
      return current;
    }
  }

  private Gazetteer loadGazetteer() throws GazetteerException {
    return config.gazetteer() == null ? Gazetteer.loadDefault() : Gazetteer.load(config.gazetteer());
  }

  public Ingestor ingestor() {
    return new Ingestor();
  }

  public Indexer indexer() {
    return indexer(true);
  }

  /** {@code nearDuplicates} off only to measure what grouping reposts costs. */
  public Indexer indexer(boolean nearDuplicates) {
    return indexer(nearDuplicates, nearDuplicates);
  }

  /** Signatures without grouping: only to time the grouping pass on its own. */
  public Indexer indexer(boolean signatures, boolean grouping) {
    Gazetteer current = gazetteer();
    Ingestor ingestor = ingestor();
    SourceScanner scanner = new SourceScanner(config.maxFileBytes(), ingestor::supports);
    return new Indexer(scanner, ingestor, documentBuilder(signatures), current.fingerprint(), config.threads(),
        Duration.ofSeconds(config.commitSeconds()), excludedIds, grouping);
  }

  /** Lucene documents from source documents, with discovery when it is on. */
  private DocumentBuilder documentBuilder() {
    return documentBuilder(true);
  }

  /** {@code signatures} off only to measure what near-duplicate detection costs. */
  private DocumentBuilder documentBuilder(boolean signatures) {
    ReviewedGazetteer reviewed = gazetteer.get();
    Gazetteer current = reviewed.gazetteer();
    return new DocumentBuilder(FacetDims.config(), current, new EntityMatcher(current), discovery(reviewed),
        signatures);
  }

  /** Finds names the gazetteer lacks; null when discovery is off. */
  private Discovery discovery(ReviewedGazetteer reviewed) {
    return config.discovery() ? new Discovery(reviewed.gazetteer(), reviewed.rejected()) : null;
  }

  /** Re-indexes the documents a review decision touches, with the decisions now in force. */
  public DocumentRefresh documentRefresh() {
    return new DocumentRefresh(documentBuilder());
  }

  /** Review decisions on discovered names, applied through the admin's indexing jobs. */
  public org.straits.admin.DiscoveryReview discoveryReview(Administration admin) {
    return new org.straits.admin.DiscoveryReview(reviewDecisions, admin.audit(), admin.jobs(), this::reviewed,
        this::applyReviewDecisions, this::documentRefresh, config.index(), Clock.systemUTC());
  }

  /**
   * The admin services for a server; {@code afterCommit} lets it pick up what a run committed.
   * A configured password hash that is not one is refused here, at start-up.
   */
  public Administration administration(Runnable afterCommit) throws IOException {
    String hash = config.adminPasswordHash();
    if (hash != null && !PasswordHash.isWellFormed(hash)) {
      throw new IOException("admin-password-hash is not a hash made by './straits admin hash-password'");
    }
    Path state = config.stateDir();
    IndexJobs jobs = new IndexJobs(indexRuns(), config.source(), config.onSolr() ? config.stateDir() : config.index(),
        runHistory(), afterCommit);
    DocumentStore documents = config.onSolr()
        ? new SolrDocumentStore(this::solrCluster, config.solrCollection(), config.stateDir())
        : new LuceneDocumentStore(config.index());
    return new Administration(jobs,
        new UploadStore(config.source(), ingestor(), config.uploadMaxBytes()),
        new DocumentRemoval(documents, config.source(), excludedIds),
        new AuditLog(state.resolve("audit.log")),
        new AdminSessions(Duration.ofMinutes(30), Clock.systemUTC()),
        new LoginThrottle(5, Duration.ofMinutes(5), Clock.systemUTC()),
        hash);
  }

  /** Indexing runs into the configured engine, each with the gazetteer in force when it starts. */
  private Supplier<IndexRun> indexRuns() {
    if (!config.onSolr()) {
      return this::indexer;
    }
    return () -> (source, stateDir, full, listener) -> {
      try (SolrCluster cluster = solrCluster()) {
        return solrIndexer(cluster).run(source, stateDir, full, listener);
      }
    };
  }

  /** The SolrCloud cluster of {@code solr-urls} (backend solr). */
  public SolrCluster solrCluster() {
    return new SolrCluster(config.solrUrls());
  }

  /** Indexing into the {@code solr-collection} alias; Straits' file state stays under the index folder. */
  public SolrIndexer solrIndexer(SolrCluster cluster) {
    ReviewedGazetteer reviewed = gazetteer.get();
    Gazetteer current = reviewed.gazetteer();
    Ingestor ingestor = ingestor();
    SourceScanner scanner = new SourceScanner(config.maxFileBytes(), ingestor::supports);
    SolrDocuments documents = new SolrDocuments(current, new EntityMatcher(current), analyzer, discovery(reviewed));
    return new SolrIndexer(cluster, config.solrCollection(), scanner, ingestor, documents, current.fingerprint(),
        Duration.ofSeconds(config.commitSeconds()), excludedIds);
  }

  /** The engine on SolrCloud: the same parser and analysis as the embedded one. */
  public SolrEngine solrEngine(SolrCluster cluster) {
    return new SolrEngine(cluster, config.solrCollection(), analyzer, entityNames());
  }

  /** The runs of this index, whoever started them (admin page, {@code straits index}, {@code serve}). */
  public RunHistory runHistory() {
    return new RunHistory(config.stateDir().resolve("runs.jsonl"));
  }

  public IndexView openIndex() throws IOException {
    IndexView view = IndexView.open(config.index(), FacetDims.config());
    served.set(view);
    return view;
  }

  /** The embedded engine over {@code view}; the one entity resolver of the gazetteer in force. */
  public SearchEngine searchEngine(IndexView view) {
    SearchEngine engine = config.onSolr() ? solrEngine(new SolrCluster(config.solrUrls(), SolrCluster.READER_TIMEOUT))
        : slotted(new LuceneEngine(view, analyzer, entityNames));
    return new ReviewAwareEngine(engine, entityNames);
  }

  private SearchEngine slotted(SearchEngine engine) {
    return new AdmittedEngine(engine, searchSlots);
  }

  /** A search service of its own over {@code view} (the CLI, bench and tests). */
  public SearchService searchService(IndexView view) {
    return new SearchService(searchEngine(view));
  }

  /** Names of the gazetteer in force, following reloads: one resolver shared by every service. */
  public EntityNames entityNames() {
    return entityNames;
  }

  /** A document by id with its text marked (the engine's {@code document}, without an engine). */
  public DocumentLookup documentLookup(IndexView view) {
    return new DocumentLookup(view, analyzer, entityNames);
  }

  public FacetBrowser facetBrowser(SearchEngine engine) {
    return new FacetBrowser(engine, entityNames);
  }

  /** Entity and title suggestions as people type, following gazetteer reloads. */
  public Suggester suggester(SearchEngine engine) {
    return new Suggester(engine, entityNames);
  }

  /** Documents by typed id or title, for the admin area's picker, from the engine in use. */
  public DocumentPicker documentPicker(SearchEngine engine) {
    return new DocumentPicker(engine);
  }

  /** Entity pages: the gazetteer's facts and the engine's figures. */
  public EntityProfile entityProfile(SearchEngine engine) {
    return new EntityProfile(engine, this::gazetteer);
  }

  /** The gazetteer in force and its reload, for the administration pages. */
  public GazetteerSource gazetteers() {
    return new GazetteerSource() {
      @Override
      public Gazetteer current() {
        return gazetteer();
      }

      @Override
      public Gazetteer reload() throws GazetteerException {
        return reloadGazetteer();
      }
    };
  }

  /** What a web server over {@code view} is made of: one engine and the services around it. */
  public WebServer.Services webServices(IndexView view) {
    SearchEngine engine = searchEngine(view);
    return new WebServer.Services(view, engine, entityNames, facetBrowser(engine), suggester(engine),
        entityProfile(engine), config, gazetteers(), excludedIds, documentPicker(engine), this::administration,
        this::discoveryReview);
  }

  /** The web site over {@code view}. */
  public WebServer webServer(IndexView view, Path webRoot, String bind, int port, boolean cacheTemplates)
      throws IOException {
    return new WebServer(webServices(view), webRoot, bind, port, cacheTemplates);
  }
}
