package org.straits.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.PathHandler;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bench's lean HTTP client against a real Undertow server on port 0: fixed-length and chunked
 * bodies, one kept-alive connection for many requests, statuses as they are, and every failure
 * (an error status through the bench, a timeout, a cut body, a closed connection) an error.
 */
class KeepAliveClientTest {
  private static final byte[] BIG = "天气 weather 0123456789\n".repeat(3_000).getBytes(StandardCharsets.UTF_8);

  private Undertow server;
  private URI base;

  @BeforeEach
  void start() {
    PathHandler routes = new PathHandler()
        .addExactPath("/fixed", exchange -> send(exchange, 200, BIG))
        .addExactPath("/chunked", KeepAliveClientTest::chunked)
        .addExactPath("/port", exchange -> send(exchange, 200,
            Integer.toString(exchange.getSourceAddress().getPort()).getBytes(StandardCharsets.US_ASCII)))
        .addExactPath("/unavailable", exchange -> send(exchange, 503, "{\"status\":503}".getBytes(StandardCharsets.US_ASCII)))
        .addExactPath("/close", exchange -> {
          exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
          send(exchange, 200, "bye".getBytes(StandardCharsets.US_ASCII));
        })
        .addExactPath("/slow", exchange -> {
          if (exchange.isInIoThread()) {
            exchange.dispatch(() -> {
              java.util.concurrent.locks.LockSupport.parkNanos(1_500_000_000L);
              send(exchange, 200, "late".getBytes(StandardCharsets.US_ASCII));
            });
          }
        })
        .addExactPath("/cut", KeepAliveClientTest::cut)
        .addExactPath("/api/search", exchange -> send(exchange, 503, "{\"status\":503}".getBytes(StandardCharsets.US_ASCII)))
        .addExactPath("/api/health", exchange -> send(exchange, 200, "{\"status\":\"ok\"}".getBytes(StandardCharsets.US_ASCII)));
    server = Undertow.builder().addHttpListener(0, "127.0.0.1")
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 300)
        .setHandler(routes).build();
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    base = URI.create("http://127.0.0.1:" + port);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static void send(HttpServerExchange exchange, int status, byte[] body) {
    exchange.setStatusCode(status);
    exchange.getResponseSender().send(ByteBuffer.wrap(body));
  }

  /** No length given and written in pieces from a worker thread: Undertow sends it chunked. */
  private static void chunked(HttpServerExchange exchange) throws IOException {
    if (exchange.isInIoThread()) {
      exchange.dispatch(KeepAliveClientTest::chunked);
      return;
    }
    exchange.startBlocking();
    try (OutputStream out = exchange.getOutputStream()) {
      for (int i = 0; i < BIG.length; i += 1_000) {
        out.write(BIG, i, Math.min(1_000, BIG.length - i));
        out.flush();
      }
    }
  }

  /** A length promised and not kept: the connection ends after 10 of 1,000 bytes. */
  private static void cut(HttpServerExchange exchange) throws IOException {
    if (exchange.isInIoThread()) {
      exchange.dispatch(KeepAliveClientTest::cut);
      return;
    }
    exchange.startBlocking();
    exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, 1_000);
    OutputStream out = exchange.getOutputStream();
    out.write(new byte[10]);
    out.flush();
    exchange.getConnection().close();
  }

  @Test
  void readsFixedLengthAndChunkedBodiesOverOneKeptConnection() throws IOException {
    try (KeepAliveClient client = new KeepAliveClient(base, Duration.ofSeconds(10))) {
      String port = new String(client.get("/port").body(), StandardCharsets.US_ASCII);
      for (int i = 0; i < 5; i++) {
        KeepAliveClient.Response fixed = client.get("/fixed");
        assertEquals(200, fixed.status());
        assertArrayEquals(BIG, fixed.body());
        KeepAliveClient.Response chunked = client.get("/chunked?round=" + i);
        assertEquals(200, chunked.status());
        assertArrayEquals(BIG, chunked.body());
      }
      assertEquals(port, new String(client.get("/port").body(), StandardCharsets.US_ASCII),
          "every request went over the first connection");
    }
  }

  @Test
  void theServersChunkedEncodingIsWhatWasRead() throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
      socket.getOutputStream().write("GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String head = new String(socket.getInputStream().readNBytes(200), StandardCharsets.ISO_8859_1).toLowerCase();
      assertTrue(head.contains("transfer-encoding: chunked"), head);
    }
  }

  @Test
  void anErrorStatusIsReturnedAndTheConnectionKept() throws IOException {
    try (KeepAliveClient client = new KeepAliveClient(base, Duration.ofSeconds(10))) {
      String port = new String(client.get("/port").body(), StandardCharsets.US_ASCII);
      KeepAliveClient.Response unavailable = client.get("/unavailable");
      assertEquals(503, unavailable.status());
      assertEquals("{\"status\":503}", new String(unavailable.body(), StandardCharsets.US_ASCII));
      assertEquals(404, client.get("/nowhere").status());
      assertEquals(port, new String(client.get("/port").body(), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void theBenchCountsAnErrorStatusAsAnError() throws IOException {
    BenchQuery query = new BenchQuery(QueryKind.values()[0], "taiwan", "", "", 1);
    try (HttpSystem api = new HttpSystem(base, HttpSystem.API_PATH);
        HttpSystem floor = new HttpSystem(base, HttpSystem.HEALTH_PATH)) {
      IOException error = assertThrows(IOException.class, () -> api.search(query));
      assertTrue(error.getMessage().contains("answered 503"), error.getMessage());
      QueryRun run = new QueryBench(2, 10).run(api, List.of(query, query), 1);
      assertEquals(4, run.errors());
      assertEquals(0, run.overall().count());
      QueryRun healthy = new QueryBench(2, 10).run(floor, List.of(query, query), 1);
      assertEquals(0, healthy.errors());
      assertEquals(4, healthy.overall().count());
    }
  }

  @Test
  void aConnectionTheServerClosesIsReplacedByANewOne() throws IOException, InterruptedException {
    try (KeepAliveClient client = new KeepAliveClient(base, Duration.ofSeconds(10))) {
      String first = new String(client.get("/port").body(), StandardCharsets.US_ASCII);
      assertEquals("bye", new String(client.get("/close").body(), StandardCharsets.US_ASCII));
      String second = new String(client.get("/port").body(), StandardCharsets.US_ASCII);
      assertNotEquals(first, second, "Connection: close was honoured");
      Thread.sleep(1_000); // past the server's idle timeout: it closes the kept connection
      String third = new String(client.get("/port").body(), StandardCharsets.US_ASCII);
      assertNotEquals(second, third, "the idle connection the server closed was replaced, the request answered");
    }
  }

  @Test
  void aTimeoutIsAnError() throws IOException {
    try (KeepAliveClient client = new KeepAliveClient(base, Duration.ofMillis(300))) {
      IOException error = assertThrows(IOException.class, () -> client.get("/slow"));
      assertTrue(error.getMessage().contains("/slow") && error.getMessage().contains("no answer within 300 ms"),
          error.getMessage());
      assertEquals(200, client.get("/port").status(), "the client goes on after a timeout");
    }
  }

  @Test
  void aBodyCutShortIsAnError() throws IOException {
    try (KeepAliveClient client = new KeepAliveClient(base, Duration.ofSeconds(10))) {
      IOException error = assertThrows(IOException.class, () -> client.get("/cut"));
      assertTrue(error.getMessage().contains("/cut"), error.getMessage());
      assertEquals(200, client.get("/port").status());
    }
  }

  @Test
  void noServerIsAnError() throws IOException {
    int port = base.getPort();
    server.stop();
    try (KeepAliveClient client = new KeepAliveClient(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2))) {
      IOException error = assertThrows(IOException.class, () -> client.get("/port"));
      assertTrue(error.getMessage().contains("cannot connect"), error.getMessage());
    }
    server.start();
  }
}
