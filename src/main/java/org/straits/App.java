package org.straits;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.straits.admin.AdminSessions;
import org.straits.admin.Administration;
import org.straits.admin.AuditLog;
import org.straits.admin.DocumentRemoval;
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
import org.straits.search.RelatedDocuments;
import org.straits.search.ResultStream;
import org.straits.search.SearchService;
import org.straits.search.Suggester;

/** Wires the parts together from a configuration: the one place that knows every concrete class. */
public final class App {
  private final StraitsConfig config;
  private final AtomicReference<Gazetteer> curated = new AtomicReference<>();
  /** The curated gazetteer with the review decisions folded in: what indexing and search use. */
  private final AtomicReference<ReviewedGazetteer> gazetteer = new AtomicReference<>();
  private final Analyzer analyzer = IndexAnalyzer.create();
  private final ExcludedIds excludedIds;
  private final ReviewDecisions reviewDecisions;

  public App(StraitsConfig config) throws GazetteerException {
    this.config = config;
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
    curated.set(fresh);
    applyReviewDecisions();
    return gazetteer();
  }

  private Gazetteer loadGazetteer() throws GazetteerException {
    return config.gazetteer() == null ? Gazetteer.loadDefault() : Gazetteer.load(config.gazetteer());
  }

  public Ingestor ingestor() {
    return new Ingestor();
  }

  public Indexer indexer() {
    Gazetteer current = gazetteer();
    Ingestor ingestor = ingestor();
    SourceScanner scanner = new SourceScanner(config.maxFileBytes(), ingestor::supports);
    DocumentBuilder builder = documentBuilder();
    return new Indexer(scanner, ingestor, builder, current.fingerprint(), config.threads(),
        Duration.ofSeconds(config.commitSeconds()), excludedIds);
  }

  /** Lucene documents from source documents, with discovery when it is on. */
  private DocumentBuilder documentBuilder() {
    ReviewedGazetteer reviewed = gazetteer.get();
    Gazetteer current = reviewed.gazetteer();
    Discovery discovery = config.discovery() ? new Discovery(current, reviewed.rejected()) : null;
    return new DocumentBuilder(FacetDims.config(), current, new EntityMatcher(current), discovery);
  }

  /** Re-indexes the documents a review decision touches, with the decisions now in force. */
  public DocumentRefresh documentRefresh() {
    return new DocumentRefresh(documentBuilder());
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
    IndexJobs jobs = new IndexJobs(this::indexer, config.source(), config.index(), runHistory(), afterCommit);
    return new Administration(jobs,
        new UploadStore(config.source(), ingestor(), config.uploadMaxBytes()),
        new DocumentRemoval(config.index(), config.source(), excludedIds),
        new AuditLog(state.resolve("audit.log")),
        new AdminSessions(Duration.ofMinutes(30), Clock.systemUTC()),
        new LoginThrottle(5, Duration.ofMinutes(5), Clock.systemUTC()),
        hash);
  }

  /** Review decisions on discovered names, applied through the admin's indexing jobs. */
  public org.straits.admin.DiscoveryReview discoveryReview(Administration admin) {
    return new org.straits.admin.DiscoveryReview(reviewDecisions, admin.audit(), admin.jobs(), this::reviewed,
        this::applyReviewDecisions, this::documentRefresh, config.index(), Clock.systemUTC());
  }

  /** The runs of this index, whoever started them (admin page, {@code straits index}, {@code serve}). */
  public RunHistory runHistory() {
    return new RunHistory(config.stateDir().resolve("runs.jsonl"));
  }

  public IndexView openIndex() throws IOException {
    return IndexView.open(config.index(), FacetDims.config());
  }

  public SearchService searchService(IndexView view) {
    return new SearchService(view, analyzer, entityNames());
  }

  /** Names of the gazetteer in force, following reloads. */
  public EntityNames entityNames() {
    return new EntityNames(this::gazetteer);
  }

  public DocumentLookup documentLookup(IndexView view) {
    return new DocumentLookup(view, analyzer, entityNames());
  }

  public RelatedDocuments relatedDocuments(IndexView view) {
    return new RelatedDocuments(view, analyzer);
  }

  public FacetBrowser facetBrowser(IndexView view) {
    return new FacetBrowser(view, analyzer, entityNames());
  }

  /** Entity and title suggestions as people type, following gazetteer reloads. */
  public Suggester suggester(IndexView view) {
    return new Suggester(view, analyzer, this::gazetteer);
  }

  /** Documents by typed id or title, for the admin area's picker. */
  public DocumentPicker documentPicker(IndexView view) {
    return new DocumentPicker(view, analyzer);
  }

  public EntityProfile entityProfile(IndexView view) {
    return new EntityProfile(view, this::gazetteer);
  }

  public ResultStream resultStream(IndexView view) {
    return new ResultStream(view, analyzer, entityNames());
  }
}
