package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;

/** A reloaded gazetteer: search keeps resolving with the served index's gazetteer until the rebuild is served. */
class GazetteerReloadTest {
  @TempDir Path dir;

  private static Set<String> ids(SearchEngine engine, String region) throws Exception {
    SearchRequest request = new SearchRequest("", Map.of("region", List.of(region)), null, null, null, 1, 20, 10);
    return engine.search(request).hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  @Test
  void searchFollowsTheGazetteerOfTheServedIndex() throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    Path index = dir.resolve("index");
    Fixtures.writeCorpus(source);
    Path gazetteer = dir.resolve("gazetteer.yaml");
    String original = Files.readString(Fixtures.smallGazetteer());
    Files.writeString(gazetteer, original);
    StraitsConfig base = Fixtures.config(source, index);
    App app = new App(new StraitsConfig(source, index, gazetteer, base.bind(), 0, 2, base.maxFileBytes(), null,
        base.uploadMaxBytes(), 30));
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    try (IndexView view = app.openIndex(); SearchEngine engine = app.searchEngine(view)) {
      Set<String> kinmen = ids(engine, "Kinmen");
      assertTrue(kinmen.contains("en/kinmen.txt"));

      // Kinmen is renamed: the index still holds the old facet path until it is rebuilt.
      Files.writeString(gazetteer, original.replace("    name: Kinmen\n", "    name: Kinmen County\n"));
      app.reloadGazetteer();
      assertEquals(kinmen, ids(engine, "Kinmen"), "before the rebuild, names resolve as the index was built");
      assertEquals(List.of("Kinmen"), engine.search(SearchRequest.of("")).hits().stream()
          .filter(h -> h.id().equals("en/kinmen.txt")).findFirst().orElseThrow().regions().subList(0, 1));

      app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
      engine.refresh();
      assertEquals(kinmen, ids(engine, "Kinmen County"), "after the rebuild, the new name");
      assertTrue(engine.search(SearchRequest.of("")).hits().stream()
          .anyMatch(h -> h.regions().contains("Kinmen County")));
    }
  }
}
