package org.straits.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A running Straits server, through its JSON API ({@code /api/search}) or its HTML page
 * ({@code /search}), by one of two clients ({@link Client}). Only servers on this machine's
 * loopback addresses are benchmarked. A status outside 2xx, a timeout or a broken connection is
 * an error (an {@link IOException}, which the bench counts).
 */
public final class HttpSystem implements SearchSystem {
  /**
   * Which HTTP client sends the bench's requests. {@link #LEAN} is what every HTTP row uses: a
   * blocking keep-alive socket on the calling thread ({@link KeepAliveClient}), as wrk and ab are,
   * so the rows time the server and the loopback rather than a client library's threads.
   * {@link #JDK} is {@code java.net.http.HttpClient} (HTTP/1.1), the bench's client before, kept
   * for the side-by-side rows; their names end in its {@link #suffix}.
   */
  public enum Client {
    LEAN("keep-alive socket", ""),
    JDK("java.net.http", " (java.net.http)");

    private final String label;
    private final String suffix;

    Client(String label, String suffix) {
      this.label = label;
      this.suffix = suffix;
    }

    /** What the report calls the client. */
    public String label() {
      return label;
    }

    /** What the names of this client's rows end in (nothing for the bench's own client). */
    public String suffix() {
      return suffix;
    }
  }

  /** GETs a target (path and query) and gives the whole response. */
  @FunctionalInterface
  private interface Fetch {
    KeepAliveClient.Response get(String target) throws IOException;
  }

  public static final String API_PATH = "/api/search";
  public static final String PAGE_PATH = "/search";
  /** A route that touches no index: the HTTP floor every request pays. */
  public static final String HEALTH_PATH = "/api/health";
  /** The run of that trivial request: what HTTP itself costs. */
  public static final String FLOOR = "HTTP floor " + HEALTH_PATH;
  /** The API of a Straits server whose engine is the local SolrCloud. */
  public static final String SOLR_API = "Straits on Solr, HTTP " + API_PATH;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final String path;
  private final String name;
  private final Fetch fetch;
  private final java.io.Closeable client;

  public HttpSystem(URI base, String path) throws IOException {
    this(base, path, "HTTP " + path, Client.LEAN);
  }

  /**
   * {@code name} tells servers apart in the report (e.g. Straits on Solr behind the same API); the
   * client's {@link Client#suffix} is added to it.
   */
  public HttpSystem(URI base, String path, String name, Client client) throws IOException {
    requireLoopback(base);
    this.base = base;
    this.path = path;
    this.name = name + client.suffix();
    if (client == Client.LEAN) {
      KeepAliveClient lean = new KeepAliveClient(base, TIMEOUT);
      this.fetch = lean::get;
      this.client = lean;
    } else {
      HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
      this.fetch = target -> send(jdk, base.resolve(target));
      this.client = jdk::close;
    }
  }

  private static KeepAliveClient.Response send(HttpClient client, URI uri) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new KeepAliveClient.Response(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for " + uri, e);
    }
  }

  static void requireLoopback(URI base) throws IOException {
    if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IOException("the HTTP benchmark only targets a server on this machine (loopback), not " + base);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long search(BenchQuery query) throws IOException {
    String target = path.equals(HEALTH_PATH) ? path : path + "?" + parameters(query);
    KeepAliveClient.Response response = fetch.get(target);
    if (response.status() < 200 || response.status() > 299) {
      throw new IOException(base.resolve(target) + " answered " + response.status());
    }
    if (!path.equals(API_PATH)) {
      return 0;
    }
    return total(response.body());
  }

  /**
   * The response's top-level {@code total}, read by streaming up to it: parsing the whole body into
   * a tree (a page of hits with snippets and every facet) cost the client more than the server
   * spent writing it, and was counted in the API's latency.
   */
  static long total(String body) throws IOException {
    return total(body.getBytes(StandardCharsets.UTF_8));
  }

  static long total(byte[] body) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("the API answered something other than a JSON object");
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("total")) {
          return parser.getLongValue();
        }
        parser.skipChildren();
      }
    }
    throw new IOException("the API's answer has no total");
  }

  public static String parameters(BenchQuery query) {
    StringBuilder params = new StringBuilder("q=").append(encode(query.text()));
    if (query.filtered()) {
      params.append('&').append(encode(query.filterDim())).append('=').append(encode(query.filterValue()));
    }
    return params.append("&page=").append(query.page()).append("&size=").append(BenchQuery.PAGE_SIZE).toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
