package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.IndexProgress;

/** Regression: an index whose documents have no date ("dimTree is null" in stats and the admin page). */
class UndatedIndexTest {
  @TempDir Path source;
  @TempDir Path indexDir;

  @Test
  void statisticsSearchAndHistogramWorkWithoutAnyDate() throws IOException {
    Fixtures.write(source, "a.txt", "Notes on Kinmen\n\nFerries to Kinmen from Xiamen, Taiwan.\n");
    Fixtures.write(source, "b.txt", "More notes\n\nThe PRC and Taiwan.\n");
    App app = Fixtures.app(source, indexDir);
    app.indexer().run(source, indexDir, false, IndexProgress.Listener.NONE);
    try (IndexView view = app.openIndex(); SearchEngine engine = app.searchEngine(view)) {
      IndexStatistics stats = engine.statistics();
      assertEquals(2, stats.documents());
      assertEquals(0, stats.facetCardinalities().get("date"));
      assertTrue(stats.facetCardinalities().get("region") >= 1);

      SearchResult result = engine.search(new SearchRequest("", Map.of("region", List.of("Taiwan")), Map.of(),
          Set.of(), null, null, null, 1, 10, 10, 3, false));
      assertEquals(2, result.total());
      assertTrue(result.histogram().isEmpty());
      assertEquals(List.of(), result.facets().get("date"));
      assertTrue(engine.facetValues(SearchRequest.of(""), "date", List.of(), 2).isEmpty());
    }
  }
}
