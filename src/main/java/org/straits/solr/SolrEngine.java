package org.straits.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.straits.schema.FacetDim;
import org.straits.schema.Schema;
import org.straits.search.DocumentLookup;
import org.straits.search.EntityNames;
import org.straits.search.FacetNode;
import org.straits.search.FilterResolver;
import org.straits.search.IndexStatistics;
import org.straits.search.RelatedDocuments;
import org.straits.search.ResultStream;
import org.straits.search.SearchEngine;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.Suggester;
import org.straits.search.TitlePrefixQuery;
import org.straits.search.UserQueryParser;

/**
 * The engine {@code solr}: a SolrCloud collection (through its alias) answers the requests the
 * embedded engine answers, with the same parser and the same terms, so totals and facet counts
 * are equal; ranking is Solr's BM25 per field. One Solr request per page: hits, highlights and
 * every dimension's drill-sideways counts (JSON facets excluding their own tagged filter), from
 * which the trees and the histogram are read. A shard that does not answer gives partial results,
 * flagged in a notice; Solr unreachable is an {@code EngineUnavailableException} naming the URLs.
 */
public final class SolrEngine implements SearchEngine {
  private static final String HIT_FIELDS = String.join(",", Schema.ID, Schema.TITLE, Schema.DATE, Schema.AUTHORS,
      Schema.SOURCE, Schema.URL, Schema.LANG, Schema.REGION_IDS, Schema.ACTOR_IDS, Schema.INDEXED_AT, Schema.DUP_GROUP,
      "score");
  private static final int EXPORT_BATCH = 500;
  /** As many versions as the embedded engine looks up for one page at most. */
  private static final int MAX_VERSIONS_LOOKED_UP = 2_000;

  private final SolrCluster cluster;
  private final String collection;
  private final UserQueryParser parser;
  private final TitlePrefixQuery titlePrefix;
  private final EntityNames entities;
  private final SolrRequests requests;
  private final SolrQueryWriter writer = new SolrQueryWriter();
  private final SolrQueryWriter highlightWriter = new SolrQueryWriter(true);
  private final SolrHits hits;
  private final FilterResolver resolver;
  private final SolrMentions mentions;

  public SolrEngine(SolrCluster cluster, String collection, Analyzer analyzer, EntityNames entities) {
    this.cluster = cluster;
    this.collection = collection;
    this.parser = new UserQueryParser(analyzer, entities, new SolrTermFamilies(cluster, collection));
    this.titlePrefix = new TitlePrefixQuery(analyzer);
    this.entities = entities;
    this.requests = new SolrRequests(entities);
    this.hits = new SolrHits(entities, analyzer);
    this.resolver = new FilterResolver(entities);
    this.mentions = new SolrMentions(cluster, collection, titlePrefix);
  }

  /** The author, language and source values the collection holds, read once per request when asked. */
  private final class Catalog implements FilterResolver.ValueCatalog {
    private SolrFacets all;

    @Override
    public boolean has(String dim, String value) {
      return values(dim).contains(value);
    }

    @Override
    public List<String> values(String dim) {
      if (all == null) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.set("rows", 0);
        params.set("json.facet", SolrRequests.jsonFacets(-1));
        all = new SolrFacets((NamedList<?>) cluster.query(collection, params).getResponse().get("facets"));
      }
      return all.children(dim, List.of(), 0, Integer.MAX_VALUE).stream().map(FacetNode::value).toList();
    }
  }

  private SearchRequest resolved(SearchRequest asked) {
    return resolver.resolve(asked, new Catalog()).request();
  }

  @Override
  public SearchResult search(SearchRequest asked) {
    long start = System.nanoTime();
    UserQueryParser.ParsedQuery parsed = parser.parse(asked.query());
    FilterResolver.Resolved resolved = resolver.resolve(asked, new Catalog());
    SearchRequest request = resolved.request();
    boolean facets = request.facetLimit() > 0 || request.treeDepth() > 0;
    Answer answer = answer(parsed, request, facets);
    if (answer.total() == 0 && parsed.fallback() != null) {
      // No document has all the words: those with some of them, and a notice saying so (as embedded).
      parsed = parsed.fallenBack();
      answer = answer(parsed, request, facets);
    }
    SolrFacets counts = new SolrFacets(facets ? answer.facets() : null);
    SearchResult.Histogram histogram = facets ? counts.histogram(request.from(), request.to()) : SearchResult.Histogram.EMPTY;
    List<SearchResult.Notice> notices = new ArrayList<>();
    if (!parsed.notice().isEmpty()) {
      notices.add(SearchResult.Notice.query(parsed.notice()));
    }
    notices.addAll(resolved.notices());
    QueryResponse response = answer.page();
    if (isPartial(response)) {
      notices.add(SearchResult.Notice.partial());
    }
    List<SearchResult.Hit> page = hits.hits(response.getResults(), response.getHighlighting(),
        versions(response.getResults()));
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(answer.total(), tookMs, page,
        counts.values(request.facetLimit(), histogram, request.filters()),
        counts.trees(request.treeDepth(), Math.max(request.facetLimit(), 1), keptPaths(request)),
        histogram, List.copyOf(notices), String.join(" ", notices.stream().map(SearchResult.Notice::text).toList()),
        answer.hidden());
  }

  /** Per tree dimension, the selected values' paths and their ancestors, listed whatever their rank. */
  private Map<String, java.util.Set<List<String>>> keptPaths(SearchRequest request) {
    Map<String, java.util.Set<List<String>>> kept = new java.util.HashMap<>();
    for (FacetDim dim : List.of(FacetDim.REGION, FacetDim.ACTOR)) {
      kept.put(dim.id(), org.straits.search.FacetTrees.kept(request, dim.id(), entities));
    }
    return kept;
  }

  /**
   * One page of hits (stories, unless every version is asked for), the facets' counts and the
   * documents matching: the listed hits plus the versions hidden behind them, counted in the same
   * request by a facet that leaves out the versions' filter.
   */
  private record Answer(QueryResponse page, NamedList<?> facets, long total, long hidden) {}

  private Answer answer(UserQueryParser.ParsedQuery parsed, SearchRequest request, boolean facets) {
    QueryResponse response = page(parsed, requests.filters(request), request, facets);
    NamedList<?> counts = response.getResponse().get("facets") instanceof NamedList<?> f ? f : null;
    long listed = response.getResults().getNumFound();
    if (request.allVersions()) {
      return new Answer(response, counts, listed, 0);
    }
    if (listed == 0) {
      // Nothing listed: any match is a version whose story the query misses; count those.
      SearchRequest every = request.withAllVersions(true);
      QueryResponse all = page(parsed, requests.filters(every), every, facets);
      long total = all.getResults().getNumFound();
      return new Answer(response, all.getResponse().get("facets") instanceof NamedList<?> f ? f : null, total, total);
    }
    long hidden = counts != null && counts.get(SolrRequests.HIDDEN_FACET) instanceof NamedList<?> h
        && h.get("count") instanceof Number n ? n.longValue() : 0;
    return new Answer(response, counts, listed + hidden, hidden);
  }

  private QueryResponse page(UserQueryParser.ParsedQuery parsed, SolrRequests.Filters filters, SearchRequest request,
      boolean facets) {
    ModifiableSolrParams params = base(parsed, filters);
    params.set("sort", SolrRequests.sort(request.sort()));
    params.set("start", request.offset());
    params.set("rows", request.size());
    params.set("fl", HIT_FIELDS);
    SolrRequests.highlight(params);
    highlightQuery(params, parsed.highlight());
    if (facets) {
      params.set("json.facet", SolrRequests.jsonFacets(Math.max(request.facetLimit(), 1), request.filters()));
    } else if (!request.allVersions()) {
      params.set("json.facet", "{" + SolrRequests.HIDDEN_FACET + ":" + SolrRequests.hiddenFacet() + "}");
    }
    return cluster.query(collection, params);
  }

  /**
   * Per group of the page's hits, its versions (whichever filters the search had: a version in
   * another language or source is the same story), in one request on the group field.
   */
  private Map<Long, List<SearchResult.Version>> versions(SolrDocumentList docs) {
    List<String> groups = new ArrayList<>();
    for (SolrDocument doc : docs) {
      if (doc.getFirstValue(Schema.DUP_GROUP) instanceof Number group && group.longValue() != 0
          && !groups.contains(String.valueOf(group.longValue()))) {
        groups.add(String.valueOf(group.longValue()));
      }
    }
    Map<Long, List<SearchResult.Version>> byGroup = new LinkedHashMap<>();
    if (groups.isEmpty()) {
      return byGroup;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    // Quoted: a group key may be negative, and a bare -123 would be a NOT.
    params.set("q", Schema.DUP_GROUP + ":(\"" + String.join("\" OR \"", groups) + "\")");
    params.set("rows", MAX_VERSIONS_LOOKED_UP);
    params.set("fl", String.join(",", Schema.ID, Schema.TITLE, Schema.DATE, Schema.SOURCE, Schema.LANG, Schema.DUP_GROUP));
    for (SolrDocument version : cluster.query(collection, params).getResults()) {
      long group = ((Number) version.getFirstValue(Schema.DUP_GROUP)).longValue();
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(new SearchResult.Version(
          SolrHits.string(version, Schema.ID), SolrHits.string(version, Schema.TITLE),
          SolrHits.string(version, Schema.DATE), SolrHits.string(version, Schema.SOURCE),
          SolrHits.string(version, Schema.LANG)));
    }
    return byGroup;
  }

  private ModifiableSolrParams base(UserQueryParser.ParsedQuery parsed, SolrRequests.Filters filters) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", writer.write(parsed.query()));
    params.set("defType", "lucene");
    params.set("shards.tolerant", true);
    filters.queries().forEach(fq -> params.add("fq", fq));
    return params;
  }

  /** Matches of prefixes and wildcards are not marked: Solr cannot re-analyse pre-analysed text. */
  private void highlightQuery(ModifiableSolrParams params, org.apache.lucene.search.Query query) {
    params.set("hl.q", highlightWriter.write(query));
    params.set("hl.qparser", "lucene");
  }

  static boolean isPartial(QueryResponse response) {
    Object partial = response.getResponseHeader() == null ? null : response.getResponseHeader().get("partialResults");
    return Boolean.TRUE.equals(partial) || "true".equals(String.valueOf(partial));
  }

  @Override
  public List<FacetNode> facetValues(SearchRequest request, String dim, List<String> path, int depth) {
    FacetDim facet = FacetDim.of(dim).orElseThrow(() -> new org.straits.search.SearchException(
        "unknown facet '" + dim + "': use one of " + String.join(", ", FacetDim.ids())));
    ModifiableSolrParams params = base(parser.parse(request.query()), requests.filters(resolved(request)));
    params.set("rows", 0);
    params.set("json.facet", "{" + facet.id() + ":{type:terms,field:" + SolrFields.facetField(facet)
        + ",limit:-1,mincount:1,domain:{excludeTags:[\"" + facet.id() + "\",\"" + SolrRequests.VERSIONS_TAG + "\"]}}}");
    QueryResponse response = cluster.query(collection, params);
    SolrFacets counts = new SolrFacets((NamedList<?>) response.getResponse().get("facets"));
    return counts.children(dim, path, depth, Integer.MAX_VALUE);
  }

  @Override
  public long export(SearchRequest request, ResultStream.RowSink sink) throws IOException {
    UserQueryParser.ParsedQuery parsed = parser.parse(request.query());
    ModifiableSolrParams params = base(parsed, requests.filters(resolved(request)));
    params.set("sort", SolrRequests.sort(request.sort()));
    params.set("rows", EXPORT_BATCH);
    params.set("fl", HIT_FIELDS);
    SolrRequests.highlight(params);
    highlightQuery(params, parsed.highlight());
    params.set("hl.fl", Schema.BODY);
    params.set("hl.snippets", 1);
    params.set("shards.tolerant", false);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long sent = 0;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = cluster.query(collection, params);
      for (SolrDocument doc : response.getResults()) {
        sink.accept(hits.row(doc, response.getHighlighting()));
        sent++;
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return sent;
      }
      cursor = next;
    }
  }

  @Override
  public Optional<DocumentLookup.DocumentView> document(String id, String query) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    UserQueryParser.ParsedQuery read = query == null || query.isBlank() ? null : parser.parse(query.strip());
    org.apache.lucene.search.Query parsed = read == null ? null : read.highlight();
    // The document is found by its id whatever the query; the query only marks its text.
    String q = "*:*";
    StringBuilder byId = new StringBuilder(Schema.ID).append(':');
    SolrQueryWriter.quoted(id, byId);
    params.set("q", q);
    params.add("fq", byId.toString());
    params.set("rows", 1);
    params.set("fl", HIT_FIELDS + "," + Schema.BODY + "," + Schema.NOTES + "," + Schema.EDITORS);
    SolrRequests.highlight(params);
    params.set("hl.fragsize", 0);
    params.set("hl.bs.type", "WHOLE");
    params.set("hl.snippets", 1);
    if (parsed != null) {
      highlightQuery(params, parsed);
    }
    QueryResponse response = cluster.query(collection, params);
    if (response.getResults().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(hits.view(response.getResults().get(0), response.getHighlighting()));
  }

  @Override
  public List<RelatedDocuments.Related> related(String id, int limit) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    StringBuilder byId = new StringBuilder(Schema.ID).append(':');
    SolrQueryWriter.quoted(id, byId);
    params.set("q", byId.toString());
    params.set("fl", Schema.TITLE + "," + Schema.BODY);
    SolrDocumentList found = cluster.query(collection, params).getResults();
    if (found.isEmpty()) {
      return List.of();
    }
    String like = hits.likeQuery(found.get(0));
    if (like.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams similar = new ModifiableSolrParams();
    similar.set("q", like);
    similar.add("fq", "-" + byId);
    similar.set("rows", limit);
    similar.set("fl", Schema.ID + "," + Schema.TITLE + "," + Schema.DATE + "," + Schema.LANG);
    List<RelatedDocuments.Related> related = new ArrayList<>();
    for (SolrDocument doc : cluster.query(collection, similar).getResults()) {
      related.add(new RelatedDocuments.Related(SolrHits.string(doc, Schema.ID), SolrHits.string(doc, Schema.TITLE),
          SolrHits.string(doc, Schema.DATE), SolrHits.string(doc, Schema.LANG)));
    }
    return related;
  }

  @Override
  public List<Suggester.TitleSuggestion> titles(String typed, int limit) {
    var query = titlePrefix.build(typed);
    if (query.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", writer.write(query.get()));
    params.set("rows", limit);
    params.set("fl", Schema.ID + "," + Schema.TITLE);
    List<Suggester.TitleSuggestion> titles = new ArrayList<>();
    for (SolrDocument doc : cluster.query(collection, params).getResults()) {
      titles.add(new Suggester.TitleSuggestion(SolrHits.string(doc, Schema.ID), SolrHits.string(doc, Schema.TITLE)));
    }
    return titles;
  }

  @Override
  public Map<String, Integer> entityDocumentCounts() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    params.set("facet", true);
    params.set("facet.field", Schema.ENTITY);
    params.set("facet.limit", -1);
    params.set("facet.mincount", 1);
    Map<String, Integer> counts = new LinkedHashMap<>();
    var field = cluster.query(collection, params).getFacetField(Schema.ENTITY);
    if (field != null && field.getValues() != null) {
      field.getValues().forEach(c -> counts.put(c.getName(), (int) c.getCount()));
    }
    return counts;
  }

  @Override
  public org.straits.search.EntityProfile.Mentions mentions(String entityId, int newest) {
    return mentions.mentions(entityId, newest);
  }

  @Override
  public List<org.straits.search.DocumentPicker.Pick> pick(String text, int limit) {
    return mentions.pick(text, limit);
  }

  @Override
  public List<Map.Entry<String, Integer>> discoveredKeys() {
    return mentions.discoveredKeys();
  }

  @Override
  public org.straits.search.DiscoveredCandidates.Holders discoveredIn(String key, int limit) {
    return mentions.discoveredIn(key, limit);
  }

  @Override
  public IndexStatistics statistics() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    params.set("json.facet", SolrRequests.jsonFacets(-1));
    QueryResponse response = cluster.query(collection, params);
    SolrFacets counts = new SolrFacets((NamedList<?>) response.getResponse().get("facets"));
    Map<String, Long> languages = new LinkedHashMap<>();
    Map<String, Integer> cardinalities = new LinkedHashMap<>();
    for (FacetDim dim : FacetDim.values()) {
      List<FacetNode> top = counts.children(dim.id(), List.of(), 0, Integer.MAX_VALUE);
      cardinalities.put(dim.id(), top.size());
      if (dim == FacetDim.LANG) {
        top.forEach(n -> languages.put(n.value(), n.count()));
      }
    }
    int entities = entityDocumentCounts().size();
    return new IndexStatistics(response.getResults().getNumFound(), languages, cardinalities, entities, -1, -1,
        "SolrCloud collection " + collection + " at " + String.join(",", cluster.urls()));
  }

  @Override
  public boolean refresh() {
    // Solr opens a new searcher at every commit Straits makes; there is nothing to move to.
    return false;
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }

  static Collection<String> values(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }
}
