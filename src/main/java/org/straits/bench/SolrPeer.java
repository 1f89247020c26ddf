package org.straits.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.straits.App;
import org.straits.config.StraitsConfig;
import org.straits.entity.GazetteerException;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.ingest.SourceDocument;
import org.straits.solr.LocalSolrCloud;
import org.straits.solr.SolrCluster;
import org.straits.solr.SolrEngine;

/**
 * Straits on SolrCloud as a peer: the same documents indexed through Straits' pipeline into a
 * collection of the local 2-node cluster, the same query mix through the solr engine (hits,
 * facets, highlights: the page's work).
 */
public final class SolrPeer implements SearchSystem {
  public static final String NAME = "Straits on Solr";

  private final App app;
  private final SolrCluster cluster;
  private final SolrEngine engine;
  private final Throughput indexing;

  private SolrPeer(App app, SolrCluster cluster, SolrEngine engine, Throughput indexing) {
    this.app = app;
    this.cluster = cluster;
    this.engine = engine;
    this.indexing = indexing;
  }

  /** Indexes the corpus already written under {@code source} into collection {@code collection}. */
  static SolrPeer build(List<SourceDocument> docs, Path source, Path work, Path gazetteer, int threads,
      LocalSolrCloud cloud, String collection) throws IOException {
    StraitsConfig base = IndexingBench.app(source, work.resolve("state"), gazetteer, threads).config();
    App app;
    try {
      app = new App(base.withSolr(cloud.urls(), collection));
    } catch (GazetteerException e) {
      throw new IOException(e.getMessage(), e);
    }
    SolrCluster cluster = app.solrCluster();
    try {
      long start = System.nanoTime();
      IndexRunSummary summary = app.solrIndexer(cluster).run(source, app.config().stateDir(), true,
          IndexProgress.Listener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (summary.documentsIndexed() != docs.size()) {
        throw new IOException("Solr benchmark indexing lost documents: " + summary.documentsIndexed() + " of " + docs.size());
      }
      Throughput throughput = new Throughput(docs.size(), CorpusFiles.textBytes(docs), seconds, 0, 0);
      return new SolrPeer(app, cluster, app.solrEngine(cluster), throughput);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * The app on backend solr: its web server answers the same API from the collection, through an
   * engine (and cluster client) of the server's own, closed when that server stops.
   */
  App app() {
    return app;
  }

  Throughput indexing() {
    return indexing;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long search(BenchQuery query) throws IOException {
    return engine.search(StraitsSystem.request(query)).total();
  }

  /** Closes the cluster client this peer opened (its engine's); servers of {@link #app()} close their own. */
  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
