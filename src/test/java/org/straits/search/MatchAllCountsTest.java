package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.RepostCorpus;
import org.straits.index.FacetDims;

/**
 * Browsing every document is answered from counts kept per index snapshot: they are the counts a
 * search over every document gives, and a commit picked up by a refresh changes them at once.
 */
class MatchAllCountsTest {
  @TempDir Path source;
  @TempDir Path indexDir;

  private static SearchRequest browse(Map<String, List<String>> filters, boolean allVersions) {
    return new SearchRequest("", filters, null, null, SortOrder.NEWEST, 1, 5, 10, false, allVersions);
  }

  private static long count(SearchResult result, String dim, String value) {
    return result.facets().getOrDefault(dim, List.of()).stream().filter(v -> v.value().equals(value))
        .mapToLong(SearchResult.FacetValue::count).sum();
  }

  private void index(App app) throws IOException {
    Fixtures.indexCleanly(app, source);
  }

  @Test
  void keptCountsAreTheSearchedOnesAndChangeWithACommit() throws IOException {
    RepostCorpus.write(source);
    Fixtures.write(source, "wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
    App app = Fixtures.app(source, indexDir);
    index(app);
    try (IndexView view = app.openIndex()) {
      SearchService service = app.searchService(view);
      SearchResult first = service.search(browse(Map.of(), false));
      SearchResult again = service.search(browse(Map.of(), false));
      // The same documents filtered on every language they have: searched and counted, not kept.
      List<String> languages = first.facets().get(FacetDims.LANG).stream().map(SearchResult.FacetValue::value).toList();
      SearchResult searched = service.search(browse(Map.of(FacetDims.LANG, languages), false));

      assertTrue(first.hidden() > 0, "reposts are folded");
      assertEquals(searched.total(), first.total());
      assertEquals(searched.hidden(), first.hidden());
      assertEquals(searched.hits().stream().map(SearchResult.Hit::id).toList(),
          first.hits().stream().map(SearchResult.Hit::id).toList());
      for (String dim : List.of(FacetDims.REGION, FacetDims.ACTOR, FacetDims.SOURCE, FacetDims.LANG)) {
        assertEquals(searched.facets().get(dim), first.facets().get(dim), dim);
      }
      assertEquals(searched.histogram(), first.histogram());
      assertEquals(first.facets(), again.facets());
      assertEquals(0, service.search(browse(Map.of(), true)).hidden(), "every version listed");

      long english = count(first, FacetDims.LANG, "en");
      Fixtures.write(source, "new/added.txt", "Coast guard at Kinmen\n\nThe coast guard patrolled near Kinmen.\n");
      index(app);
      SearchResult unrefreshed = service.search(browse(Map.of(), false));
      assertEquals(first.total(), unrefreshed.total(), "no refresh yet: the served snapshot is unchanged");
      assertEquals(first.facets(), unrefreshed.facets());
      assertTrue(view.refresh(), "the commit is picked up");
      SearchResult after = service.search(browse(Map.of(), false));
      assertEquals(first.total() + 1, after.total());
      assertEquals(english + 1, count(after, FacetDims.LANG, "en"), after.facets().get(FacetDims.LANG).toString());
    }
  }

  @Test
  void keptFilteredCountsAreTheSearchedOnesAndSeeANewDocumentAfterRefresh() throws IOException {
    RepostCorpus.write(source);
    App app = Fixtures.app(source, indexDir);
    index(app);
    try (IndexView view = app.openIndex()) {
      SearchService service = app.searchService(view);
      Map<String, List<String>> english = Map.of(FacetDims.LANG, List.of("en"));
      SearchResult first = service.search(browse(english, false));
      SearchResult kept = service.search(browse(english, false));
      // The same request without facets is a plain search (hits, total, hidden versions), and a
      // new service has nothing kept: both counted afresh.
      SearchResult searched = service.search(new SearchRequest("", english, null, null, SortOrder.NEWEST, 1, 5, 0,
          false, false));
      SearchResult counted = app.searchService(view).search(browse(english, false));

      assertTrue(first.total() > 0, "English documents");
      assertEquals(first.total(), kept.total());
      assertEquals(first.facets(), kept.facets());
      assertEquals(first.hits().stream().map(SearchResult.Hit::id).toList(),
          kept.hits().stream().map(SearchResult.Hit::id).toList());
      assertEquals(searched.total(), first.total());
      assertEquals(searched.hidden(), first.hidden());
      assertEquals(searched.hits().stream().map(SearchResult.Hit::id).toList(),
          kept.hits().stream().map(SearchResult.Hit::id).toList());
      assertEquals(counted.facets(), kept.facets());
      assertEquals(counted.histogram(), kept.histogram());

      Fixtures.write(source, "new/added.txt", "Coast guard at Kinmen\n\nThe coast guard patrolled near Kinmen.\n");
      index(app);
      assertEquals(first.total(), service.search(browse(english, false)).total(), "no refresh yet: the same snapshot");
      assertTrue(view.refresh(), "the commit is picked up");
      SearchResult after = service.search(browse(english, false));
      assertEquals(first.total() + 1, after.total());
      assertEquals(count(first, FacetDims.REGION, "Taiwan") + 1, count(after, FacetDims.REGION, "Taiwan"),
          after.facets().get(FacetDims.REGION).toString());
    }
  }

  @Test
  void aFilterSetIsCountedOncePerSnapshotHoweverItsQueryIsBuilt() throws IOException {
    RepostCorpus.write(source);
    App app = Fixtures.app(source, indexDir);
    index(app);
    MatchAllCounts kept = new MatchAllCounts();
    int[] counted = {0};
    MatchAllCounts.Counter counter = () -> {
      counted[0]++;
      return new MatchAllCounts.Counts(counted[0], 0, null);
    };
    try (IndexView view = app.openIndex()) {
      view.read((searcher, state) -> {
        for (String lang : List.of("en", "en", "zh", "en")) {
          org.apache.lucene.facet.DrillDownQuery query = new org.apache.lucene.facet.DrillDownQuery(view.facetsConfig(),
              new org.apache.lucene.search.MatchAllDocsQuery());
          query.add(FacetDims.LANG, lang);
          kept.filtered(searcher, query, counter);
        }
        assertEquals(2, counted[0], "en once, zh once");
        assertEquals(2, kept.filteredSize(searcher));
        return null;
      });
    }
  }
}
