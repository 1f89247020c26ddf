package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.FacetDims;
import org.straits.index.Fields;

/**
 * Top values, every child and specific values read from the count arrays and the snapshot's kept
 * ordinals ({@link OrdinalCounts}, {@link FacetOrdinals}) are Lucene's own answers: for plain and
 * drill-sideways counts (a filtered dimension counted without its own filter), every dimension,
 * every path of the trees, limits from one to more than there are, and paths never indexed.
 * Real index on disk, two segments (so global ordinals through Lucene's ordinal map), the built-in
 * gazetteer's regions and actors.
 */
class OrdinalCountsTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static App app;
  static IndexView index;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.writeCorpus(source);
    app = Fixtures.builtInGazetteerApp(source, indexDir);
    Fixtures.indexCleanly(app, source);
    Fixtures.write(source, "more/news.jsonl", """
        {"id":"m:1","title":"Kinmen and Matsu","body":"Kinmen, Matsu and Penghu are islands of Taiwan. The PLA and the China Coast Guard patrol near Kinmen.","date":"2024-02-22","source":"Guardian","lang":"en","authors":["Alice Chen"]}
        {"id":"m:2","title":"习近平会见","body":"习近平在北京会见了美国国务卿。台湾问题是中国内政。","date":"2023-11-02","source":"CCTV","lang":"zh"}
        {"id":"m:3","title":"Japan and the Philippines","body":"Japan and the Philippines discussed the South China Sea with the United States and Taiwan.","date":"2022-06-30","source":"Guardian","lang":"en"}
        """);
    Fixtures.indexCleanly(app, source);
    index = app.openIndex();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void answersAreLucenesForPlainAndSidewaysCounts() throws IOException {
    assertTrue(OrdinalCounts.available(), "this Lucene's counts are readable");
    index.read((searcher, state) -> {
      assertInstanceOf(FacetOrdinals.class, state);
      assertTrue(searcher.getIndexReader().leaves().size() >= 2, "two segments");
      int compared = 0;
      compared += compareAll(state, new SortedSetDocValuesFacetCounts(state));
      for (Query base : List.of(new MatchAllDocsQuery(), new TermQuery(new Term(Fields.BODY, "taiwan")),
          new TermQuery(new Term(Fields.BODY, "kinmen")))) {
        compared += compareAll(state, sideways(searcher, state, base, Map.of()));
        compared += compareAll(state, sideways(searcher, state, base, Map.of(FacetDims.LANG, List.of("en"))));
        compared += compareAll(state, sideways(searcher, state, base,
            Map.of(FacetDims.LANG, List.of("en"), FacetDims.SOURCE, List.of("Guardian"))));
      }
      Facets filtered = sideways(searcher, state, new MatchAllDocsQuery(), Map.of(FacetDims.LANG, List.of("zh")));
      assertInstanceOf(MultiFacets.class, filtered, "a filter gives sideways counts");
      assertTrue(compared > 200, "values compared: " + compared);
      return null;
    });
  }

  @Test
  void aPathNeverIndexedIsAbsentAsInLucene() throws IOException {
    index.read((searcher, state) -> {
      Facets lucene = new SortedSetDocValuesFacetCounts(state);
      OrdinalCounts counted = OrdinalCounts.of(lucene, FacetDims.REGION, state);
      assertNotNull(counted);
      assertEquals(lucene.getTopChildren(10, FacetDims.REGION, "No Such Place"),
          counted.top(10, FacetDims.REGION, "No Such Place"));
      assertEquals(lucene.getSpecificValue(FacetDims.REGION, "No Such Place").intValue(),
          counted.specific(FacetDims.REGION, "No Such Place"));
      OrdinalCounts lang = OrdinalCounts.of(lucene, FacetDims.LANG, state);
      assertThrows(IllegalArgumentException.class, () -> lucene.getTopChildren(10, FacetDims.LANG, "en"));
      assertThrows(IllegalArgumentException.class, () -> lang.top(10, FacetDims.LANG, "en"));
      assertEquals(lucene.getSpecificValue(FacetDims.LANG, "xx").intValue(), lang.specific(FacetDims.LANG, "xx"));
      return null;
    });
  }

  private static Facets sideways(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base,
      Map<String, List<String>> filters) throws IOException {
    DrillDownQuery query = new DrillDownQuery(state.getFacetsConfig(), base);
    filters.forEach((dim, values) -> values.forEach(value -> query.add(dim, value)));
    return new DrillSideways(searcher, state.getFacetsConfig(), state).search(query, 10).facets;
  }

  /** Every dimension and every path with children, top values at several limits, all children, each value. */
  private static int compareAll(SortedSetDocValuesReaderState state, Facets lucene) throws IOException {
    int compared = 0;
    for (String dim : state.getDims()) {
      OrdinalCounts counted = OrdinalCounts.of(lucene, dim, state);
      assertNotNull(counted, dim + " is read from its counts");
      List<String[]> paths = new ArrayList<>();
      paths.add(new String[0]);
      for (int i = 0; i < paths.size(); i++) {
        String[] path = paths.get(i);
        FacetResult all = lucene.getAllChildren(dim, path);
        assertSame(all, counted.all(dim, path), dim + " all " + String.join("/", path));
        if (all == null) {
          continue;
        }
        for (int limit : new int[] {1, 2, 3, 10, 1000}) {
          assertSame(lucene.getTopChildren(limit, dim, path), counted.top(limit, dim, path),
              dim + " top " + limit + " " + String.join("/", path));
        }
        for (LabelAndValue child : all.labelValues) {
          String[] childPath = append(path, child.label);
          if (path.length == 0 || state.getFacetsConfig().getDimConfig(dim).hierarchical) {
            assertEquals(lucene.getSpecificValue(dim, childPath).intValue(), counted.specific(dim, childPath),
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
    String[] longer = java.util.Arrays.copyOf(path, path.length + 1);
    longer[path.length] = label;
    return longer;
  }
}
