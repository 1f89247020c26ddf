package org.straits.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;
import org.straits.search.SearchException;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SearchService;

/**
 * Whatever a reader types or pastes goes through query preparation, parsing, entity widening,
 * the search itself and highlighting over a real index; the only acceptable failure is a
 * {@link SearchException}, whose message is shown to the reader.
 */
class QueryFuzzTest {
  private static SearchService service;

  @FuzzTest(maxDuration = "60s")
  void anyQueryTextSearchesOrSaysWhy(FuzzedDataProvider data) throws IOException {
    String text = data.consumeRemainingAsString();
    SearchRequest request;
    try {
      request = SearchRequest.of(text);
    } catch (SearchException tooLong) {
      return;
    }
    try {
      SearchResult result = service().search(request);
      assertTrue(result.total() >= 0);
      result.hits().forEach(hit -> assertTrue(hit.id() != null && !hit.id().isEmpty()));
    } catch (SearchException readersError) {
      assertTrue(!readersError.getMessage().isBlank(), "a refusal says why");
    }
  }

  private static synchronized SearchService service() {
    if (service == null) {
      try {
        Path dir = Files.createTempDirectory("straits-fuzz-query");
        Path source = Files.createDirectories(dir.resolve("source"));
        Fixtures.writeCorpus(source);
        App app = Fixtures.app(source, dir.resolve("index"));
        app.indexer().run(source, dir.resolve("index"), false, IndexProgress.Listener.NONE);
        IndexView index = app.openIndex();
        service = app.searchService(index);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return service;
  }
}
