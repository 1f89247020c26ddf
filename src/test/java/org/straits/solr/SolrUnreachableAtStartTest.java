package org.straits.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.Measurements;

/**
 * {@code ./straits serve --backend solr} while Solr does not answer (its URL leads to a port no one
 * listens on): the server starts, the console and every search say what is wrong, and once Solr
 * answers on that address the collection is built in the background and searches work, without
 * restarting Straits.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrUnreachableAtStartTest {
  private static final Pattern SERVING = Pattern.compile("Straits is serving .* at (http://127\\.0\\.0\\.1:\\d+)/");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path source;
  @TempDir Path index;

  @Test
  void serveStartsSaysWhatIsWrongAndRecoversWhenSolrComesUp() throws Exception {
    Fixtures.writeCorpus(source);
    int port = freePort();
    String solrUrl = "http://127.0.0.1:" + port + "/solr";
    List<String> console = Collections.synchronizedList(new ArrayList<>());
    Process serve = startServe(solrUrl, console);
    try {
      String root = awaitServing(serve, console);
      String said = String.join("\n", console);
      assertTrue(said.contains("Warning: Solr at " + solrUrl) && said.contains("Serving anyway"), said);

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = get(http, root + "/search?q=taiwan");
      assertEquals(503, page.statusCode());
      assertTrue(page.body().contains("The search engine cannot be reached") && page.body().contains(solrUrl), page.body());
      HttpResponse<String> api = get(http, root + "/api/search?q=taiwan");
      assertEquals(503, api.statusCode());
      assertTrue(JSON.readTree(api.body()).get("error").asText().startsWith("Solr at " + solrUrl), api.body());
      for (HttpResponse<String> answer : List.of(page, api)) {
        assertFalse(answer.body().contains("Exception") || answer.body().contains("org.apache"), answer.body());
      }

      try (TcpForwarder solr = TcpForwarder.start(port, URI.create(SolrCloudExtension.cloud().urls().get(0)))) {
        long up = System.nanoTime();
        long total = awaitResults(http, root);
        long recoverMillis = (System.nanoTime() - up) / 1_000_000;
        assertEquals(embeddedTotal(), total, "the fixture corpus, indexed into Solr in the background");
        assertTrue(String.join("\n", console).contains("Solr answers again"), String.join("\n", console));
        Measurements.write("solr-unreachable-at-start", "serve --backend solr started without Solr (503 naming "
            + solrUrl + " on page and API); Solr reachable -> collection built and first full answer after "
            + recoverMillis + " ms, no restart");
      }
    } finally {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  /** The same folder in the embedded engine: what the Solr collection must hold. */
  private long embeddedTotal() throws Exception {
    Path elsewhere = java.nio.file.Files.createTempDirectory(index.getParent(), "embedded-");
    org.straits.App app = Fixtures.app(source, elsewhere);
    return app.indexer().run(source, elsewhere, false, org.straits.index.IndexProgress.Listener.NONE).totalDocuments();
  }

  private Process startServe(String solrUrl, List<String> console) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.straits.Main", "serve", "--backend", "solr", "--solr-urls", solrUrl, "--solr-collection", "straits_late",
        "--source", source.toString(), "--index", index.toString(), "--gazetteer", Fixtures.smallGazetteer().toString(),
        "--web", Path.of("web").toAbsolutePath().toString(), "--port", "0"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    Thread.ofPlatform().daemon().start(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          console.add(line);
        }
      } catch (IOException e) {
        // The process ended.
      }
    });
    return process;
  }

  private static String awaitServing(Process serve, List<String> console) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      synchronized (console) {
        for (String line : console) {
          Matcher serving = SERVING.matcher(line);
          if (serving.find()) {
            return serving.group(1);
          }
        }
      }
      assertTrue(serve.isAlive(), "serve stopped: " + String.join("\n", console));
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not start within 2 minutes: " + String.join("\n", console));
  }

  private static long awaitResults(HttpClient http, String root) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      HttpResponse<String> answer = get(http, root + "/api/search?q=");
      if (answer.statusCode() == 200 && JSON.readTree(answer.body()).get("total").asLong() > 0) {
        return JSON.readTree(answer.body()).get("total").asLong();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no results within 2 minutes of Solr becoming reachable");
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
