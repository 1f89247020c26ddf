package org.straits;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.analysis.Analyzer;
import org.straits.analysis.BilingualAnalyzer;
import org.straits.config.StraitsConfig;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;
import org.straits.index.DocumentBuilder;
import org.straits.index.FacetDims;
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
  private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(30);

  private final StraitsConfig config;
  private final Gazetteer gazetteer;
  private final Analyzer analyzer = new BilingualAnalyzer();

  public App(StraitsConfig config) throws GazetteerException {
    this.config = config;
    this.gazetteer = config.gazetteer() == null ? Gazetteer.loadDefault() : Gazetteer.load(config.gazetteer());
  }

  public StraitsConfig config() {
    return config;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Indexer indexer() {
    Ingestor ingestor = new Ingestor();
    SourceScanner scanner = new SourceScanner(config.maxFileBytes(), ingestor::supports);
    DocumentBuilder builder = new DocumentBuilder(FacetDims.config(), gazetteer, new EntityMatcher(gazetteer));
    return new Indexer(scanner, ingestor, builder, gazetteer.fingerprint(), config.threads(), COMMIT_INTERVAL);
  }

  public IndexView openIndex() throws IOException {
    return IndexView.open(config.index(), FacetDims.config());
  }

  public SearchService searchService(IndexView view) {
    return new SearchService(view, analyzer, new EntityNames(gazetteer));
  }

  public EntityNames entityNames() {
    return new EntityNames(gazetteer);
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
