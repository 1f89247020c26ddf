package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.RepostCorpus;
import org.straits.index.FacetDims;
import org.straits.index.Fields;

/**
 * Facet counts of our own ({@link OrdinalCounting}, {@link SidewaysCounts}) answered from their
 * arrays ({@link OrdinalCounts}, {@link FacetCounts}) are Lucene's own facet counts: for plain
 * searches (no filter: one pass), drill-down and drill-sideways searches (one to three filtered
 * dimensions, a hierarchical one and a date range among them), every dimension, every path of
 * the trees, top values at limits from one to more than there are, every child and every value;
 * for every document, for a facets collector's documents, for a search nothing matches, and for
 * paths never indexed. The hits beside the counts are Lucene's too. Real index on disk of three
 * commits (several segments, so global ordinals through the ordinal map), with deleted documents
 * (a file re-indexed with one document changed) and a repost hidden behind its story.
 */
class OrdinalCountsTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static App app;
  static IndexView index;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.writeCorpus(source);
    RepostCorpus.write(source.resolve("reposts"));
    app = Fixtures.builtInGazetteerApp(source, indexDir);
    Fixtures.indexCleanly(app, source);
    Fixtures.write(source, "reposts/wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
    Fixtures.write(source, "more/news.jsonl", news("The PLA and the China Coast Guard patrol near Kinmen."));
    Fixtures.indexCleanly(app, source);
    Fixtures.write(source, "more/news.jsonl", news("The PLA patrols near Kinmen; Matsu waits."));
    Fixtures.indexCleanly(app, source);
    index = app.openIndex();
  }

  private static String news(String kinmen) {
    return """
        {"id":"m:1","title":"Kinmen and Matsu","body":"Kinmen, Matsu and Penghu are islands of Taiwan. %s","date":"2024-02-22","source":"Guardian","lang":"en","authors":["Alice Chen"]}
        {"id":"m:2","title":"习近平会见","body":"习近平在北京会见了美国国务卿。台湾问题是中国内政。","date":"2023-11-02","source":"CCTV","lang":"zh"}
        {"id":"m:3","title":"Japan and the Philippines","body":"Japan and the Philippines discussed the South China Sea with the United States and Taiwan.","date":"2022-06-30","source":"Guardian","lang":"en"}
        """.formatted(kinmen);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void theIndexHasSegmentsDeletionsAndAHiddenRepost() throws IOException {
    index.read((searcher, state) -> {
      assertInstanceOf(FacetOrdinals.class, state);
      assertTrue(searcher.getIndexReader().leaves().size() >= 2, "several segments");
      assertTrue(searcher.getIndexReader().numDeletedDocs() > 0, "deleted documents");
      assertTrue(searcher.count(RequestQuery.hiddenVersions()) > 0, "a hidden repost");
      return null;
    });
  }

  @Test
  void countsAndHitsAreLucenesForPlainDrillDownAndSidewaysSearches() throws IOException {
    index.read((searcher, state) -> {
      FacetOrdinals ordinals = FacetOrdinals.of(state);
      String region = new SortedSetDocValuesFacetCounts(state).getTopChildren(1, FacetDims.REGION).labelValues[0].label;
      List<Consumer<DrillDownQuery>> filterSets = List.of(
          query -> {},
          query -> query.add(FacetDims.LANG, "en"),
          query -> query.add(FacetDims.REGION, region),
          query -> {
            query.add(FacetDims.LANG, "en");
            query.add(FacetDims.SOURCE, "Guardian");
          },
          query -> {
            query.add(FacetDims.LANG, "zh");
            query.add(FacetDims.REGION, region);
            query.add(FacetDims.DATE, LongPoint.newRangeQuery(Fields.DATE_DAY, 20230101L, 20241231L));
          });
      int compared = 0;
      for (Query base : List.of(new MatchAllDocsQuery(), new TermQuery(new Term(Fields.BODY, "taiwan")),
          new TermQuery(new Term(Fields.BODY, "kinmen")), new TermQuery(new Term(Fields.BODY, "coast")))) {
        for (Consumer<DrillDownQuery> filters : filterSets) {
          DrillDownQuery query = new DrillDownQuery(state.getFacetsConfig(), base);
          filters.accept(query);
          DrillSideways.DrillSidewaysResult lucene = new DrillSideways(searcher, state.getFacetsConfig(), state)
              .search(query, 10);
          SidewaysCounts.Searched<TopDocs> ours = SidewaysCounts.search(searcher, state.getFacetsConfig(), ordinals,
              query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
          assertHits(lucene.hits, ours.hits(), query.toString());
          compared += compareAll(state, lucene.facets, ours.facets());
          compareAll(state, lucene.facets,
              SidewaysCounts.search(searcher, state.getFacetsConfig(), ordinals, query, null).facets());
        }
      }
      assertTrue(compared > 400, "values compared: " + compared);
      return null;
    });
  }

  @Test
  void everyDocumentAndACollectorsDocumentsAreCountedAsLucene() throws IOException {
    index.read((searcher, state) -> {
      int compared = compareAll(state, new SortedSetDocValuesFacetCounts(state), FacetCounts.ofAll(state));
      FacetsCollectorManager.FacetsResult collected = FacetsCollectorManager.search(searcher,
          new TermQuery(new Term(Fields.BODY, "taiwan")), 10, new FacetsCollectorManager());
      compared += compareAll(state, new SortedSetDocValuesFacetCounts(state, collected.facetsCollector()),
          FacetCounts.of(state, collected.facetsCollector()));
      assertTrue(compared > 80, "values compared: " + compared);
      return null;
    });
  }

  @Test
  void aSearchNothingMatchesHasNoCountsAsInLucene() throws IOException {
    index.read((searcher, state) -> {
      DrillDownQuery query = new DrillDownQuery(state.getFacetsConfig(), new TermQuery(new Term(Fields.BODY, "zzzzqx")));
      Facets lucene = new DrillSideways(searcher, state.getFacetsConfig(), state).search(query, 10).facets;
      FacetCounts ours = SidewaysCounts.search(searcher, state.getFacetsConfig(), FacetOrdinals.of(state), query, null)
          .facets();
      for (String dim : state.getDims()) {
        assertNull(lucene.getTopChildren(10, dim));
        assertNull(ours.top(10, dim), dim);
        assertNull(ours.all(dim), dim);
      }
      assertEquals(lucene.getSpecificValue(FacetDims.LANG, "en").intValue(), ours.specific(FacetDims.LANG, "en"));
      return null;
    });
  }

  @Test
  void aPathNeverIndexedIsAbsentAsInLucene() throws IOException {
    index.read((searcher, state) -> {
      Facets lucene = new SortedSetDocValuesFacetCounts(state);
      FacetOrdinals ordinals = FacetOrdinals.of(state);
      OrdinalCounting.Tally all = OrdinalCounting.everyDocument(ordinals);
      OrdinalCounts counted = new OrdinalCounts(all, ordinals, FacetDims.REGION);
      assertEquals(lucene.getTopChildren(10, FacetDims.REGION, "No Such Place"),
          counted.top(10, FacetDims.REGION, "No Such Place"));
      assertEquals(lucene.getSpecificValue(FacetDims.REGION, "No Such Place").intValue(),
          counted.specific(FacetDims.REGION, "No Such Place"));
      OrdinalCounts lang = new OrdinalCounts(all, ordinals, FacetDims.LANG);
      assertThrows(IllegalArgumentException.class, () -> lucene.getTopChildren(10, FacetDims.LANG, "en"));
      assertThrows(IllegalArgumentException.class, () -> lang.top(10, FacetDims.LANG, "en"));
      assertEquals(lucene.getSpecificValue(FacetDims.LANG, "xx").intValue(), lang.specific(FacetDims.LANG, "xx"));
      assertNull(FacetCounts.ofAll(state).top(10, FacetDims.LANG, "en"), "the guard answers nothing");
      return null;
    });
  }

  private static void assertHits(TopDocs lucene, TopDocs ours, String what) {
    assertEquals(lucene.totalHits, ours.totalHits, what);
    assertEquals(lucene.scoreDocs.length, ours.scoreDocs.length, what);
    for (int i = 0; i < lucene.scoreDocs.length; i++) {
      ScoreDoc a = lucene.scoreDocs[i];
      ScoreDoc b = ours.scoreDocs[i];
      assertEquals(a.doc, b.doc, what + " hit " + i);
      assertEquals(a.score, b.score, what + " score " + i);
    }
  }

  /** Every dimension and every path with children, top values at several limits, all children, each value. */
  private static int compareAll(SortedSetDocValuesReaderState state, Facets lucene, FacetCounts ours)
      throws IOException {
    int compared = 0;
    for (String dim : state.getDims()) {
      List<String[]> paths = new ArrayList<>();
      paths.add(new String[0]);
      for (int i = 0; i < paths.size(); i++) {
        String[] path = paths.get(i);
        FacetResult all = lucene.getAllChildren(dim, path);
        assertSame(all, ours.all(dim, path), dim + " all " + String.join("/", path));
        if (all == null) {
          continue;
        }
        for (int limit : new int[] {1, 2, 3, 10, 1000}) {
          assertSame(lucene.getTopChildren(limit, dim, path), ours.top(limit, dim, path),
              dim + " top " + limit + " " + String.join("/", path));
        }
        for (LabelAndValue child : all.labelValues) {
          String[] childPath = append(path, child.label);
          if (path.length == 0 || state.getFacetsConfig().getDimConfig(dim).hierarchical) {
            assertEquals(lucene.getSpecificValue(dim, childPath).intValue(), ours.specific(dim, childPath),
                dim + " " + String.join("/", childPath));
          }
          if (state.getFacetsConfig().getDimConfig(dim).hierarchical) {
            paths.add(childPath);
          }
          compared++;
        }
      }
    }
    return compared;
  }

  private static void assertSame(FacetResult lucene, FacetResult counted, String what) {
    assertEquals(lucene, counted, what);
    if (lucene != null) {
      assertEquals(lucene.dim, counted.dim, what);
      assertEquals(List.of(lucene.path), List.of(counted.path), what);
    }
  }

  private static String[] append(String[] path, String label) {
    String[] longer = Arrays.copyOf(path, path.length + 1);
    longer[path.length] = label;
    return longer;
  }
}
