package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;
import org.straits.search.SearchRequest;
import org.straits.solr.SolrCloudExtension;
import org.straits.solr.SolrCluster;

/**
 * Who closes what when a server stops: the engine the server was given is its own and is closed
 * (on backend solr its SolrJ client, whose cluster-state poller would otherwise outlive the
 * cluster and log connection failures); the index view belongs to whoever opened it and stays open.
 */
@ExtendWith(SolrCloudExtension.class)
class ServerOwnershipTest {
  /** SolrJ's live-nodes poller (BaseHttpClusterStateProvider's executor). */
  private static final String POLLER = "liveNodeReloadingExecutor";

  @TempDir Path source;
  @TempDir Path index;

  @Test
  void aStoppedServerOnSolrLeavesNoSolrClientBehind() throws Exception {
    Fixtures.writeCorpus(source);
    App app = new App(Fixtures.config(source, index).withSolr(SolrCloudExtension.cloud().urls(), "straits_ownership"));
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    try (SolrCluster cluster = app.solrCluster()) {
      app.solrIndexer(cluster).run(source, app.config().stateDir(), false, IndexProgress.Listener.NONE);
    }
    Set<Thread> before = pollers();
    try (IndexView view = app.openIndex()) {
      WebServer server = app.webServer(view, Path.of("web"), "127.0.0.1", 0, false);
      int port = server.start();
      try (HttpClient http = HttpClient.newHttpClient()) {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/search?q=taiwan")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
      }
      Set<Thread> servers = pollers();
      servers.removeAll(before);
      assertFalse(servers.isEmpty(), "the server's Solr engine polls the cluster's live nodes while it serves");
      server.stop();
      for (Thread poller : servers) {
        poller.join(10_000);
        assertFalse(poller.isAlive(), poller.getName() + " outlived the stopped server");
      }
    }
  }

  @Test
  void aStoppedEmbeddedServerLeavesItsIndexViewOpen() throws Exception {
    Fixtures.writeCorpus(source);
    App app = Fixtures.app(source, index);
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    try (IndexView view = app.openIndex()) {
      long total = app.searchService(view).search(SearchRequest.of("taiwan")).total();
      assertTrue(total > 0);
      WebServer server = app.webServer(view, Path.of("web"), "127.0.0.1", 0, false);
      server.start();
      server.stop();
      assertEquals(total, app.searchService(view).search(SearchRequest.of("taiwan")).total(),
          "the view is its opener's: the server's stop must not close it");
    }
  }

  private static Set<Thread> pollers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(POLLER) && thread.isAlive())
        .collect(Collectors.toSet());
  }
}
