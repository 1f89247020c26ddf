package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.IndexProgress;

/** Excludes, all-of, unknown values and filter-value normalisation, on a real index. */
class FilterOperatorsTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static IndexView view;
  static SearchEngine engine;

  @BeforeAll
  static void buildIndex() throws IOException {
    Fixtures.writeCorpus(source);
    App app = Fixtures.app(source, indexDir);
    app.indexer().run(source, indexDir, false, IndexProgress.Listener.NONE);
    view = app.openIndex();
    engine = app.searchEngine(view);
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
    view.close();
  }

  private static SearchRequest request(Map<String, List<String>> filters, Map<String, List<String>> excluded,
      Set<String> allOf) {
    return new SearchRequest("", filters, excluded, allOf, null, null, null, 1, 20, 20, 2, false);
  }

  private static Set<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  private static Set<String> ids(Map<String, List<String>> filters, Map<String, List<String>> excluded,
      Set<String> allOf) throws IOException {
    return ids(engine.search(request(filters, excluded, allOf)));
  }

  @Test
  void excludedValuesAreLeftOutIncludingTheEntitysParts() throws IOException {
    Set<String> all = ids(Map.of(), Map.of(), Set.of());
    Set<String> taiwan = ids(Map.of("region", List.of("Taiwan")), Map.of(), Set.of());
    Set<String> notTaiwan = ids(Map.of(), Map.of("region", List.of("Taiwan")), Set.of());
    assertFalse(taiwan.isEmpty());
    assertFalse(notTaiwan.isEmpty(), "some documents name no part of Taiwan");
    assertTrue(notTaiwan.stream().noneMatch(taiwan::contains), "no excluded document comes back");
    assertEquals(all.size(), taiwan.size() + notTaiwan.size());
    // Kinmen is part of Taiwan: excluding Taiwan excludes the Kinmen story too.
    assertFalse(notTaiwan.contains("en/kinmen.txt"));
    Set<String> notKinmen = ids(Map.of("region", List.of("Taiwan")), Map.of("region", List.of("Kinmen")), Set.of());
    assertFalse(notKinmen.contains("en/kinmen.txt"));
    assertTrue(notKinmen.contains("en/relations.txt"));
  }

  @Test
  void severalExclusionsOfOneFacetEachCount() throws IOException {
    Set<String> none = ids(Map.of(), Map.of("lang", List.of("en", "zh")), Set.of());
    assertTrue(none.isEmpty(), none.toString());
  }

  @Test
  void allOfRequiresEveryValueAnyOfOne() throws IOException {
    Map<String, List<String>> both = Map.of("region", List.of("Taiwan", "United States"));
    Set<String> any = ids(both, Map.of(), Set.of());
    Set<String> all = ids(both, Map.of(), Set.of("region"));
    Set<String> taiwan = ids(Map.of("region", List.of("Taiwan")), Map.of(), Set.of());
    Set<String> us = ids(Map.of("region", List.of("United States")), Map.of(), Set.of());
    assertTrue(all.contains("en/undated.txt"), "names both Taiwan and the United States");
    assertEquals(taiwan.stream().filter(us::contains).collect(Collectors.toSet()), all);
    assertTrue(any.size() > all.size());
    assertTrue(any.containsAll(taiwan) && any.containsAll(us));
  }

  @Test
  void allOfAndExactTogether() throws IOException {
    SearchRequest exact = new SearchRequest("", Map.of("region", List.of("Taiwan", "Kinmen")), Map.of(),
        Set.of("region"), null, null, null, 1, 20, 20, 0, true);
    Set<String> found = ids(engine.search(exact));
    assertTrue(found.contains("en/kinmen.txt"), found.toString());
    assertFalse(found.contains("en/relations.txt"), "names Taiwan but not Kinmen");
  }

  @Test
  void unknownValuesAreNamedWithSuggestionsAndNotApplied() throws IOException {
    SearchResult typo = engine.search(request(Map.of("region", List.of("Tiawan")), Map.of(), Set.of()));
    SearchResult unfiltered = engine.search(request(Map.of(), Map.of(), Set.of()));
    assertEquals(unfiltered.total(), typo.total(), "the unknown value is left out, not matched against");
    SearchResult.Notice notice = typo.notices().stream()
        .filter(n -> n.kind().equals(SearchResult.Notice.UNKNOWN_VALUE)).findFirst().orElseThrow();
    assertEquals("region", notice.dim());
    assertEquals("Tiawan", notice.value());
    assertEquals("Taiwan", notice.suggestions().get(0));
    assertTrue(typo.notice().contains("no region called 'Tiawan'; did you mean Taiwan"), typo.notice());

    SearchResult atlantis = engine.search(request(Map.of("region", List.of("Atlantis", "Kinmen")), Map.of(), Set.of()));
    assertTrue(atlantis.notice().contains("no region called 'Atlantis'"), atlantis.notice());
    assertTrue(ids(atlantis).contains("en/kinmen.txt"), "the known value still filters");
    assertTrue(ids(atlantis).size() < unfiltered.hits().size());

    SearchResult source = engine.search(request(Map.of("source", List.of("cctv")), Map.of(), Set.of()));
    SearchResult.Notice flat = source.notices().get(0);
    assertEquals(List.of("CCTV"), flat.suggestions());
    SearchResult excluded = engine.search(request(Map.of(), Map.of("actor", List.of("Nobody At All")), Set.of()));
    assertTrue(excluded.notice().contains("no actor called 'Nobody At All'"), excluded.notice());
  }

  @Test
  void filterValuesAreNormalisedLikeTheSuggester() throws IOException {
    Set<String> kinmen = ids(Map.of("region", List.of("Kinmen")), Map.of(), Set.of());
    assertTrue(kinmen.contains("en/kinmen.txt"));
    for (String written : List.of("kinmen  island", "Ｋｉｎｍｅｎ", " KINMEN ", "金門", "金门", "Ｑｕｅｍｏｙ")) {
      SearchResult result = engine.search(request(Map.of("region", List.of(written)), Map.of(), Set.of()));
      assertEquals(kinmen, ids(result), written);
      assertTrue(result.notices().isEmpty(), written + ": " + result.notice());
    }
  }

  @Test
  void oneResponseCarriesFacetsTreesAndHistogram() throws IOException {
    SearchResult result = engine.search(request(Map.of("region", List.of("Taiwan")), Map.of(), Set.of()));
    List<FacetNode> regions = result.trees().get("region");
    FacetNode taiwan = regions.stream().filter(n -> n.value().equals("Taiwan")).findFirst().orElseThrow();
    assertTrue(taiwan.children().stream().anyMatch(n -> n.value().equals("Kinmen")), "two levels deep");
    assertTrue(result.trees().containsKey("actor"));
    assertFalse(result.histogram().isEmpty());
    assertEquals(result.histogram().bins(), result.facets().get("date"));
    // Drill-sideways: selecting Taiwan does not shrink the region counts to Taiwan alone.
    assertTrue(regions.size() > 1, regions.toString());
  }

  @Test
  void exportHonoursOperatorsAndLeavesUnknownValuesOut() throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    engine.export(request(Map.of("region", List.of("Atlantis")), Map.of("lang", List.of("zh")), Set.of()),
        row -> rows.add(row.lang()));
    assertFalse(rows.isEmpty());
    assertTrue(rows.stream().noneMatch("zh"::equals), rows.toString());
  }
}
