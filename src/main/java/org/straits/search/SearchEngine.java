package org.straits.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The boundary between Straits and a search engine (embedded Lucene, SolrCloud). Requests and
 * answers are plain records: nothing above an engine sees its types. One {@link #search} call
 * answers a whole result page — hits with highlights, drill-sideways facet counts, the region and
 * actor trees, the date histogram, notices — from one consistent snapshot.
 *
 * <p>Filter rules every engine honours: values of a dimension OR-ed (or AND-ed for the
 * dimensions in {@link SearchRequest#allOf()}), dimensions AND-ed, excluded values removed;
 * region and actor values resolved by any name of the entity and including its parts unless
 * {@link SearchRequest#exactEntities()}; a value that names nothing is left out and named back in
 * a {@link SearchResult.Notice}.
 */
public interface SearchEngine extends Closeable {
  /** One page of results with everything the page shows. */
  SearchResult search(SearchRequest request) throws IOException;

  /**
   * Every value of {@code dim} under {@code path} (empty: the top), {@code depth} levels further
   * down (0: direct children only), with drill-sideways counts for {@code request}, most frequent
   * first. For the facet value box and "more" lists.
   */
  List<FacetNode> facetValues(SearchRequest request, String dim, List<String> path, int depth) throws IOException;

  /** Sends every hit of {@code request} (page and size ignored), in its order; returns the count. */
  long export(SearchRequest request, ResultStream.RowSink sink) throws IOException;

  /** A document by id, its text marked for {@code query} (blank: no marks). */
  Optional<DocumentLookup.DocumentView> document(String id, String query) throws IOException;

  /** Documents most like the one with {@code id}; empty when it is unknown. */
  List<RelatedDocuments.Related> related(String id, int limit) throws IOException;

  /** Titles with a word starting with {@code typed}, best first. */
  List<Suggester.TitleSuggestion> titles(String typed, int limit) throws IOException;

  /** Entity id → documents that name it; for ranking suggestions. */
  Map<String, Integer> entityDocumentCounts() throws IOException;

  /** What the index says of entity {@code entityId}, with its {@code newest} documents (every version counted). */
  EntityProfile.Mentions mentions(String entityId, int newest) throws IOException;

  /**
   * Documents by what an administrator types ({@code text} stripped, not blank): the exact id,
   * then ids starting with it, then titles with a word starting with it; at most {@code limit}.
   */
  List<DocumentPicker.Pick> pick(String text, int limit) throws IOException;

  /** Keys of discovered values ({@code actor/Zhu Fenglian}) with the documents holding each, most first. */
  List<Map.Entry<String, Integer>> discoveredKeys() throws IOException;

  /** The documents holding discovered value {@code key}: how many, and the first {@code limit}. */
  DiscoveredCandidates.Holders discoveredIn(String key, int limit) throws IOException;

  /** What the index holds. */
  IndexStatistics statistics() throws IOException;

  /** Moves to the latest committed state; true when there was a newer one. */
  boolean refresh() throws IOException;
}
