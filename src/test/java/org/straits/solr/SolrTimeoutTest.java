package org.straits.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.search.EngineUnavailableException;
import org.straits.search.SearchRequest;

/** A Solr that accepts connections and never answers (a hung node) costs a search its timeout, not a hang. */
class SolrTimeoutTest {
  @TempDir Path dir;

  @Test
  void aNodeThatNeverAnswersIsAnErrorWithinTheTimeout() throws Exception {
    List<Socket> held = new CopyOnWriteArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread.ofPlatform().daemon().start(() -> {
        while (!silent.isClosed()) {
          try {
            held.add(silent.accept());
          } catch (java.io.IOException e) {
            return;
          }
        }
      });
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/solr";
      try (SolrCluster cluster = new SolrCluster(List.of(url), Duration.ofSeconds(2))) {
        SolrEngine engine = Fixtures.app(dir, dir.resolve("index")).solrEngine(cluster);
        long start = System.nanoTime();
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
            () -> engine.search(SearchRequest.of("taiwan")));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waited < 15_000, "bounded by the timeout, not SolrJ's 120 s: " + waited + " ms");
        assertTrue(e.getMessage().startsWith("Solr at " + url + ": cannot "), e.getMessage());
        assertTrue(e.getMessage().contains("no node answered") && e.getMessage().contains("given 2 s"), e.getMessage());
        assertTrue(!e.getMessage().contains("CloudSolrClient"), "no SolrJ advice: " + e.getMessage());
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    assertEquals(Duration.ofSeconds(15), SolrCluster.READER_TIMEOUT, "what the site's searches wait at most");
  }
}
