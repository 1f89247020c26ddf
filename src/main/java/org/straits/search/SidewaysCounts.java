package org.straits.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;

/**
 * One drill-sideways search with facet counts of our own ({@link OrdinalCounting}), through
 * Lucene's public extension points: the hits go to the page's collector and to a count of every
 * dimension as they are collected (no drill-down facets collector), and each filtered
 * dimension's near misses (documents that match everything but that dimension's filter), which
 * Lucene gathers per dimension, are counted for that dimension alone. Without a filter it is one
 * pass over the hits. The counts are Lucene's drill-sideways counts. One instance per search.
 */
final class SidewaysCounts extends DrillSideways {
  private final FacetOrdinals ordinals;
  private final Map<String, OrdinalCounting.Tally> sideways = new HashMap<>();

  private SidewaysCounts(IndexSearcher searcher, FacetsConfig config, FacetOrdinals ordinals) {
    super(searcher, config, ordinals);
    this.ordinals = ordinals;
  }

  /** The hits collector's result ({@code null} when only counts are asked for) and the counts. */
  record Searched<R>(R hits, FacetCounts facets) {}

  static <R> Searched<R> search(IndexSearcher searcher, FacetsConfig config, FacetOrdinals ordinals,
      DrillDownQuery query, CollectorManager<?, R> hits) throws IOException {
    SidewaysCounts counting = new SidewaysCounts(searcher, config, ordinals);
    OrdinalCounting everything = OrdinalCounting.every(ordinals);
    if (hits == null) {
      OrdinalCounting.Tally tally = counting.search(query, everything).collectorResult;
      return new Searched<>(null, new FacetCounts(ordinals, tally, counting.sideways));
    }
    Object[] both = counting.search(query, new MultiCollectorManager(everything, hits)).collectorResult;
    @SuppressWarnings("unchecked")
    R collected = (R) both[1];
    return new Searched<>(collected, new FacetCounts(ordinals, (OrdinalCounting.Tally) both[0], counting.sideways));
  }

  /** The hits are counted by our own collector beside the page's, not gathered for Lucene's counts. */
  @Override
  protected FacetsCollectorManager createDrillDownFacetsCollectorManager() {
    return null;
  }

  /** Counts each filtered dimension's near misses for that dimension; Lucene's facets are not built. */
  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    if (drillSideways != null) {
      for (int i = 0; i < drillSideways.length; i++) {
        sideways.put(drillSidewaysDims[i], OrdinalCounting.matching(ordinals, drillSidewaysDims[i],
            drillSideways[i].getMatchingDocs()));
      }
    }
    return null;
  }
}
