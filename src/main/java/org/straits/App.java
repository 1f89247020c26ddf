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
import org.straits.admin.RunHistory;
import org.straits.admin.UploadStore;
import org.straits.config.StraitsConfig;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;
import org.straits.index.DocumentBuilder;
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
  private final AtomicReference<Gazetteer> gazetteer = new AtomicReference<>();
  private final Analyzer analyzer = IndexAnalyzer.create();
  private final ExcludedIds excludedIds;

  public App(StraitsConfig config) throws GazetteerException {
    this.config = config;
    this.gazetteer.set(loadGazetteer());
    this.excludedIds = new ExcludedIds(config.stateDir());
  }

  public StraitsConfig config() {
    return config;
  }

  public Gazetteer gazetteer() {
    return gazetteer.get();
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
    gazetteer.set(fresh);
    return fresh;
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
    boolean nearDuplicates = grouping;
    Gazetteer current = gazetteer.get();
    Ingestor ingestor = ingestor();
    SourceScanner scanner = new SourceScanner(config.maxFileBytes(), ingestor::supports);
    DocumentBuilder builder = new DocumentBuilder(FacetDims.config(), current, new EntityMatcher(current), signatures);
    return new Indexer(scanner, ingestor, builder, current.fingerprint(), config.threads(),
        Duration.ofSeconds(config.commitSeconds()), excludedIds, nearDuplicates);
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
    return new EntityNames(gazetteer::get);
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
    return new Suggester(view, analyzer, gazetteer::get);
  }

  /** Documents by typed id or title, for the admin area's picker. */
  public DocumentPicker documentPicker(IndexView view) {
    return new DocumentPicker(view, analyzer);
  }

  public EntityProfile entityProfile(IndexView view) {
    return new EntityProfile(view, gazetteer::get);
  }

  public ResultStream resultStream(IndexView view) {
    return new ResultStream(view, analyzer, entityNames());
  }
}
