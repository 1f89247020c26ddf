package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.straits.index.FacetDims;

/** The shipped seed documents, indexed for real: their actors as the facet sidebar shows them. */
class SeedFacetsTest {
  @TempDir Path source;
  @TempDir Path indexDir;

  @Test
  void aDocumentsOwnAcronymDefinitionDecidesItsActors() throws Exception {
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, source.resolve(seed.getFileName()));
      }
    }
    // The built-in gazetteer (null), whose TPP is the Taiwan People's Party.
    App app = Fixtures.builtInGazetteerApp(source, indexDir);
    Fixtures.indexCleanly(app, source);
    try (IndexView index = app.openIndex()) {
      SearchService service = app.searchService(index);
      SearchRequest party = new SearchRequest("", Map.of(FacetDims.ACTOR, List.of("tpp")), null, null, null, 1, 10, 20);
      Set<String> withParty = service.search(party).hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
      // Seed 000: "Trans-Pacific Strategic Economic Partnership Agreement (TPP)" is no party;
      // seed 002: "Taiwan People's Party (TPP)" is, and so is every later TPP.
      assertEquals(Set.of("002_cabe34ed3788d2e2.txt"), withParty);
      String trade = "000_f7ac3b130b48eef7.txt";
      List<String> actors = app.documentLookup(index).find(trade, "").orElseThrow().actors();
      assertFalse(actors.contains("Taiwan People's Party"), actors.toString());
      assertTrue(actors.contains("Kuomintang"), actors.toString());
    }
  }
}
