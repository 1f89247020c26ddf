package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.straits.schema.FacetDim;

/**
 * The embedded engine: an index directory on disk read through Lucene. A search is one
 * DrillSideways call on one snapshot, serving the hits, every dimension's counts, the region and
 * actor trees and the date histogram; reposts are collapsed in that same call (hits skip versions
 * hidden behind their story's representative, counts are of documents).
 */
public final class LuceneEngine implements SearchEngine {
  /** Deeper than any gazetteer chain or the date hierarchy (year, month, day). */
  private static final int ALL_VALUES = Integer.MAX_VALUE;
  /** The stored fields of a page's hit: what it shows and what its snippets are highlighted in. */
  private static final java.util.Set<String> PAGE_FIELDS = union(StoredDocuments.HIT_FIELDS, Snippets.FIELDS);

  private final IndexView index;
  private final RequestQuery queries;
  private final Snippets snippets;
  private final StoredDocuments documents;
  private final FilterResolver resolver;
  private final DocumentLookup lookup;
  private final RelatedDocuments relatedDocuments;
  private final TitleSuggestions titleSuggestions;
  private final EntityDocCounts docCounts = new EntityDocCounts();
  private final SearchPass pass;
  private final LucenePicker picker;
  private final EntityNames entities;

  public LuceneEngine(IndexView index, Analyzer analyzer, EntityNames entities) {
    this.index = index;
    this.entities = entities;
    this.queries = new RequestQuery(new UserQueryParser(analyzer, entities, PorterFamilies.over(index), PhraseIdf.over(index)),
        entities, index.facetsConfig());
    this.snippets = new Snippets(analyzer);
    this.documents = new StoredDocuments(entities);
    this.resolver = new FilterResolver(entities);
    this.lookup = new DocumentLookup(index, analyzer, entities);
    this.relatedDocuments = new RelatedDocuments(index, analyzer);
    this.titleSuggestions = new TitleSuggestions(new TitlePrefixQuery(analyzer));
    this.picker = new LucenePicker(new TitlePrefixQuery(analyzer));
    this.pass = new SearchPass(index.facetsConfig());
  }

  /** The view this engine reads, for the Lucene-only services beside it (entity profiles). */
  public IndexView view() {
    return index;
  }

  @Override
  public SearchResult search(SearchRequest asked) throws IOException {
    long start = System.nanoTime();
    UserQueryParser.ParsedQuery parsed = queries.parse(asked);
    return index.read((searcher, state) -> {
      FilterResolver.Resolved resolved = resolver.resolve(asked, new FacetValueCatalog(state));
      SearchRequest request = resolved.request();
      UserQueryParser.ParsedQuery read = parsed;
      SearchPass.Counted counted = pass.run(searcher, state, queries.filtered(read.query(), request), request);
      if (counted.total() == 0 && read.fallback() != null) {
        // No document has all the words: show those with some of them, and say so.
        read = read.fallenBack();
        counted = pass.run(searcher, state, queries.filtered(read.query(), request), request);
      }
      List<SearchResult.Hit> hits = hits(searcher, read.highlight(), counted.top(), request);
      List<SearchResult.Notice> notices = new ArrayList<>();
      if (!read.notice().isEmpty()) {
        notices.add(SearchResult.Notice.query(read.notice()));
      }
      notices.addAll(resolved.notices());
      SearchResult.Histogram histogram = request.facetLimit() == 0 ? SearchResult.Histogram.EMPTY
          : new HistogramCounts(counted.facets()).histogram(request.from(), request.to());
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(counted.total(), tookMs, hits,
          facetValues(counted.facets(), request, histogram), trees(counted.facets(), request), histogram,
          List.copyOf(notices), String.join(" ", notices.stream().map(SearchResult.Notice::text).toList()),
          counted.hidden());
    });
  }

  private static Map<String, List<SearchResult.FacetValue>> facetValues(FacetCounts facets, SearchRequest request,
      SearchResult.Histogram histogram) throws IOException {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    if (request.facetLimit() == 0) {
      return out;
    }
    for (FacetDim dim : FacetDim.values()) {
      out.put(dim.id(), dim == FacetDim.DATE ? histogram.bins()
          : FacetTrees.top(facets, dim.id(), request.facetLimit(),
              dim.hierarchical() ? List.of() : request.filters().getOrDefault(dim.id(), List.of())));
    }
    return out;
  }

  /** The region and actor trees; the selected values are in them whatever their rank (see FacetTrees). */
  private Map<String, List<FacetNode>> trees(FacetCounts facets, SearchRequest request) throws IOException {
    Map<String, List<FacetNode>> trees = new LinkedHashMap<>();
    if (request.treeDepth() == 0 || request.facetLimit() == 0) {
      return trees;
    }
    for (FacetDim dim : FacetDim.FILTERS) {
      if (dim.hierarchical()) {
        trees.put(dim.id(), FacetTrees.tree(facets, dim.id(), List.of(), request.treeDepth() - 1, request.facetLimit(),
            FacetTrees.kept(request, dim.id(), entities)));
      }
    }
    return trees;
  }

  private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, TopDocs top, SearchRequest request)
      throws IOException {
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
        Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    // Each hit's stored fields read once, for what the hit shows and what its snippets are made of.
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, PAGE_FIELDS);
    }
    List<Snippets.Highlight> highlights = snippets.highlight(searcher, query, docIds, docs);
    List<List<SearchResult.Version>> versions = Versions.of(searcher, docIds);
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Snippets.Highlight highlight = highlights.get(i);
      hits.add(documents.hit(docs[i], page[i].score, highlight.titleHtml(), highlight.snippets(), versions.get(i)));
    }
    return hits;
  }

  @Override
  public List<FacetNode> facetValues(SearchRequest asked, String dim, List<String> path, int depth) throws IOException {
    if (FacetDim.of(dim).isEmpty()) {
      throw new SearchException("unknown facet '" + dim + "': use one of " + String.join(", ", FacetDim.ids()));
    }
    Query base = queries.parse(asked).query();
    return index.read((searcher, state) -> {
      if (state == null) {
        return List.of();
      }
      SearchRequest request = resolver.resolve(asked, new FacetValueCatalog(state)).request();
      return FacetTrees.tree(pass.counts(searcher, state, queries.filtered(base, request)), dim, path, depth,
          ALL_VALUES);
    });
  }

  @Override
  public long export(SearchRequest asked, ResultStream.RowSink sink) throws IOException {
    UserQueryParser.ParsedQuery parsed = queries.parse(asked);
    Query base = parsed.query();
    Sort sort = RequestQuery.pagingSort(asked.sort());
    return index.read((searcher, state) -> {
      SearchRequest request = resolver.resolve(asked, new FacetValueCatalog(state)).request();
      Query listed = RequestQuery.listed(queries.filtered(base, request), request);
      return ResultStream.streamAll(searcher, listed, parsed.highlight(), sort, snippets, documents, sink);
    });
  }

  @Override
  public Optional<DocumentLookup.DocumentView> document(String id, String query) throws IOException {
    return lookup.find(id, query);
  }

  @Override
  public List<RelatedDocuments.Related> related(String id, int limit) throws IOException {
    return relatedDocuments.find(id, limit);
  }

  @Override
  public List<Suggester.TitleSuggestion> titles(String typed, int limit) throws IOException {
    return index.read((searcher, state) -> titleSuggestions.find(searcher, typed, limit));
  }

  @Override
  public Map<String, Integer> entityDocumentCounts() throws IOException {
    return index.read((searcher, state) -> docCounts.of(searcher.getIndexReader()));
  }

  @Override
  public EntityProfile.Mentions mentions(String entityId, int newest) throws IOException {
    return index.read((searcher, state) -> LuceneMentions.read(searcher, state, entityId, newest));
  }

  @Override
  public List<DocumentPicker.Pick> pick(String text, int limit) throws IOException {
    return index.read((searcher, state) -> picker.find(searcher, text, limit));
  }

  @Override
  public List<Map.Entry<String, Integer>> discoveredKeys() throws IOException {
    return index.read((searcher, state) -> DiscoveredCandidates.keysByDocuments(searcher.getIndexReader()));
  }

  @Override
  public DiscoveredCandidates.Holders discoveredIn(String key, int limit) throws IOException {
    return index.read((searcher, state) -> DiscoveredCandidates.holders(searcher, key, limit));
  }

  @Override
  public IndexStatistics statistics() throws IOException {
    return IndexStatistics.read(index);
  }

  @Override
  public boolean refresh() throws IOException {
    return index.refresh();
  }

  /** Holds nothing of its own: the view it reads belongs to whoever opened it, and is closed there. */
  @Override
  public void close() {
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> both = new java.util.HashSet<>(a);
    both.addAll(b);
    return java.util.Set.copyOf(both);
  }
}
