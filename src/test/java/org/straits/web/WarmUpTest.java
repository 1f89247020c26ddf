package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/** The start-up warm-up against the real server: it runs every search path, on an empty index too. */
class WarmUpTest {
  @TempDir Path dir;

  @Test
  void theWarmUpSearchesAnswerOnTheFixtureIndex() throws Exception {
    try (WebFixture site = WebFixture.start(dir)) {
      assertEquals(List.of(200, 200, 200), site.server.warmUp().get(2, TimeUnit.MINUTES));
      assertEquals(200, site.get("/api/health").statusCode());
    }
  }

  @Test
  void anEmptyIndexIsWarmedUpWithoutFailing() throws Exception {
    Path source = Files.createDirectories(dir.resolve("empty"));
    App app = Fixtures.app(source, dir.resolve("index"));
    app.indexer().run(source, dir.resolve("index"), false, IndexProgress.Listener.NONE);
    try (IndexView index = app.openIndex()) {
      WebServer server = app.webServer(index, Path.of("web"), "127.0.0.1", 0, false);
      server.start();
      try {
        assertEquals(List.of(200, 200, 200), server.warmUp().get(2, TimeUnit.MINUTES));
      } finally {
        server.stop();
      }
    }
  }
}
