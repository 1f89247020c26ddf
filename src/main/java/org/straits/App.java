package org.straits;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.straits.admin.ExcludedIds;
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
import org.straits.search.EntityNames;
import org.straits.search.FacetBrowser;
import org.straits.search.IndexView;
import org.straits.search.RelatedDocuments;
import org.straits.search.ResultStream;
import org.straits.search.SearchService;

/** Wires the parts together from a configuration: the one place that knows every concrete class. */
public final class App {
  private final StraitsConfig config;
  private final AtomicReference<Gazetteer> gazetteer = new AtomicReference<>();
  private final Analyzer analyzer = IndexAnalyzer.create();
  private final ExcludedIds excludedIds;

  public App(StraitsConfig config) throws GazetteerException {
    this.config = config;
    this.gazetteer.set(loadGazetteer());
    this.excludedIds = new ExcludedIds(config.stateDir().resolve("excluded-ids.txt"));
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
    Gazetteer current = gazetteer.get();
    Ingestor ingestor = ingestor();
    SourceScanner scanner = new SourceScanner(config.maxFileBytes(), ingestor::supports);
    DocumentBuilder builder = new DocumentBuilder(FacetDims.config(), current, new EntityMatcher(current));
    return new Indexer(scanner, ingestor, builder, current.fingerprint(), config.threads(),
        Duration.ofSeconds(config.commitSeconds()), excludedIds::load);
  }

  public IndexView openIndex() throws IOException {
    return IndexView.open(config.index(), FacetDims.config());
  }

  public SearchService searchService(IndexView view) {
    return new SearchService(view, analyzer, entityNames());
  }

  /** Names of the gazetteer in force now (it can be reloaded). */
  public EntityNames entityNames() {
    return new EntityNames(gazetteer.get());
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

  public ResultStream resultStream(IndexView view) {
    return new ResultStream(view, analyzer, entityNames());
  }
}
