package org.straits.web;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.straits.App;
import org.straits.bench.BenchQuery;
import org.straits.bench.CorpusFiles;
import org.straits.bench.HttpSystem;
import org.straits.bench.IndexingBench;
import org.straits.bench.QueryMix;
import org.straits.config.StraitsConfig;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;
import org.straits.search.SearchJson;
import org.straits.search.SearchResult;

/**
 * What the HTML page costs beside the JSON API for the same search (issue 11), the page's twin of
 * {@code ApiPathProbe}. Two measurements over the bench's real query mix:
 * <ul>
 * <li>{@code stages}: a server of this JVM whose two routes do the search page's and the API's work
 * stage by stage on the worker thread, timing each in thread CPU and allocated bytes: the search,
 * building the page model, rendering the template, writing the response (the API: search, JSON);
 * the page in English, 简体 and 繁體 ({@code lang} cookie) in turn.</li>
 * <li>{@code http}: the real server's {@code /search} and {@code /api/search}, each query on both in
 * turn, wall time and the CPU time of every thread of the process.</li>
 * <li>{@code socket}: the same by the bench's keep-alive socket client ({@link HttpSystem}, as
 * {@code ./straits bench} times both), wall time and the CPU time of the server's worker threads
 * (the handler: search, page or JSON, writing) and of its I/O threads.</li>
 * </ul>
 * Not a test; run as {@code java -cp target/straits.jar:target/lib/*:target/test-classes
 * org.straits.web.PagePathProbe SOURCE INDEX stages|http|socket [rounds] [perKind]}.
 */
public final class PagePathProbe {
  private static final String LOOPBACK = "127.0.0.1";
  private static final String[] LANGS = {"en", "zh", "zh-hant"};
  private static final String[] PAGE_STAGES = {"search", "model", "render", "write"};
  private static final String[] API_STAGES = {"search", "json"};

  private PagePathProbe() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    Path index = Path.of(args[1]);
    String mode = args[2];
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int perKind = args.length > 4 ? Integer.parseInt(args[4]) : 25;
    List<SourceDocument> docs = CorpusFiles.read(List.of(source.resolve("guardian.jsonl"), source.resolve("cctv-xwlb.jsonl")));
    App app = IndexingBench.app(source, index, null, 2);
    List<BenchQuery> queries = new QueryMix(docs, app.gazetteer()).generate(perKind, 42);
    try (IndexView view = app.openIndex()) {
      if (mode.equals("stages")) {
        stages(app, view, queries, rounds);
      } else if (mode.equals("socket")) {
        socket(app, view, queries, rounds);
      } else {
        http(app, view, queries, rounds);
      }
    }
  }

  /** Per-stage thread CPU and allocation of the page (each UI language) and the API, medians. */
  private static void stages(App app, IndexView view, List<BenchQuery> queries, int rounds) throws Exception {
    WebServer.Services services = app.webServices(view);
    Site site = new Site(services.engine(), services.entities(), services.facets(), services.suggester(),
        services.profiles(), new Views(StraitsConfig.webRoot(), true));
    SearchPage page = new SearchPage(site);
    ConcurrentLinkedQueue<long[]> pageTimes = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<long[]> apiTimes = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> sizes = new ConcurrentLinkedQueue<>();
    HttpHandler pageStages = worker(exchange -> {
      Stopwatch watch = new Stopwatch(PAGE_STAGES.length);
      SearchPage.Asked asked = SearchPage.asked(exchange);
      SearchResult result = site.engine.search(asked.request());
      watch.lap(0);
      Map<String, Object> model = site.pageModel(exchange, page.model(exchange, asked, result));
      watch.lap(1);
      String html = site.render(exchange, "search", model);
      watch.lap(2);
      Responses.html(exchange, 200, html);
      watch.lap(3);
      pageTimes.add(watch.times());
      sizes.add((long) html.length());
    });
    HttpHandler apiStages = worker(exchange -> {
      Stopwatch watch = new Stopwatch(API_STAGES.length);
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), RequestParams.SEARCH);
      SearchResult result = site.engine.search(params.searchRequest(10));
      watch.lap(0);
      Responses.json(exchange, 200, result);
      watch.lap(1);
      apiTimes.add(watch.times());
    });
    Undertow server = Undertow.builder().addHttpListener(0, LOOPBACK)
        .setHandler(exchange -> (exchange.getRequestPath().equals("/page") ? pageStages : apiStages).handleRequest(exchange))
        .build();
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    URI base = URI.create("http://" + LOOPBACK + ":" + port);
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      for (int pass = 0; pass < 2; pass++) {
        pageTimes.clear();
        apiTimes.clear();
        for (int r = 0; r < (pass == 0 ? 1 : rounds); r++) {
          for (BenchQuery q : queries) {
            for (String lang : LANGS) {
              get(client, base.resolve("/page?" + HttpSystem.parameters(q)), lang);
            }
            get(client, base.resolve("/api?" + HttpSystem.parameters(q)), "en");
          }
        }
      }
    } finally {
      server.stop();
    }
    report("page (en, zh, zh-hant)", PAGE_STAGES, new ArrayList<>(pageTimes));
    report("api", API_STAGES, new ArrayList<>(apiTimes));
    System.out.printf("page %.1f k chars of HTML on average%n", sizes.stream().mapToLong(Long::longValue).average().orElse(0) / 1000);
  }

  /** Thread CPU time and allocated bytes of the calling thread, stage by stage. */
  private static final class Stopwatch {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long[] times;
    private long cpu = THREADS.getCurrentThreadCpuTime();
    private long bytes = THREADS.getCurrentThreadAllocatedBytes();

    Stopwatch(int stages) {
      times = new long[stages * 2];
    }

    void lap(int stage) {
      long nowCpu = THREADS.getCurrentThreadCpuTime();
      long nowBytes = THREADS.getCurrentThreadAllocatedBytes();
      times[stage] = nowCpu - cpu;
      times[times.length / 2 + stage] = nowBytes - bytes;
      cpu = nowCpu;
      bytes = nowBytes;
    }

    long[] times() {
      return times;
    }
  }

  private static void report(String name, String[] stages, List<long[]> times) {
    int n = stages.length;
    StringBuilder line = new StringBuilder(String.format("%-24s n=%5d  cpu p50 ms:", name, times.size()));
    for (int s = 0; s < n; s++) {
      line.append(String.format(" %s %.3f", stages[s], median(times, s) / 1e6));
    }
    line.append(String.format(" | total %.3f (server-side, not search %.3f)", medianOf(times, t -> sum(t, 0, n)) / 1e6,
        medianOf(times, t -> sum(t, 1, n)) / 1e6));
    line.append(" | kB p50:");
    for (int s = 0; s < n; s++) {
      line.append(String.format(" %s %.1f", stages[s], median(times, n + s) / 1e3));
    }
    System.out.println(line);
  }

  private static long sum(long[] t, int from, int to) {
    long total = 0;
    for (int i = from; i < to; i++) {
      total += t[i];
    }
    return total;
  }

  static double median(List<long[]> times, int index) {
    return medianOf(times, t -> t[index]);
  }

  static double medianOf(List<long[]> times, java.util.function.ToLongFunction<long[]> value) {
    long[] values = times.stream().mapToLong(value).sorted().toArray();
    return values.length == 0 ? 0 : values[values.length / 2];
  }

  /** {@code /search} and {@code /api/search} of the real server, each query on both in turn. */
  private static void http(App app, IndexView view, List<BenchQuery> queries, int rounds) throws Exception {
    WebServer server = app.webServer(view, StraitsConfig.webRoot(), LOOPBACK, 0, true);
    URI base = URI.create("http://" + LOOPBACK + ":" + server.start());
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    String[] paths = {WebServer.SEARCH_PATH, ApiHandlers.SEARCH_PATH};
    List<List<long[]>> timings = List.of(new ArrayList<>(), new ArrayList<>());
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      for (int pass = 0; pass < 2; pass++) {
        timings.forEach(List::clear);
        for (int r = 0; r < (pass == 0 ? 1 : rounds); r++) {
          for (BenchQuery q : queries) {
            for (int i = 0; i < paths.length; i++) {
              long[] ids = threads.getAllThreadIds();
              long[] before = threads.getThreadCpuTime(ids);
              long allocated = threads.getTotalThreadAllocatedBytes();
              long wall = System.nanoTime();
              get(client, base.resolve(paths[i] + "?" + HttpSystem.parameters(q)), null);
              long took = System.nanoTime() - wall;
              long[] after = threads.getThreadCpuTime(ids);
              long cpu = 0;
              for (int t = 0; t < ids.length; t++) {
                cpu += before[t] < 0 || after[t] < 0 ? 0 : after[t] - before[t];
              }
              timings.get(i).add(new long[] {took, cpu, threads.getTotalThreadAllocatedBytes() - allocated});
            }
          }
        }
      }
    } finally {
      server.stop();
    }
    double[] wall = new double[2];
    double[] cpu = new double[2];
    for (int i = 0; i < paths.length; i++) {
      wall[i] = median(timings.get(i), 0) / 1e6;
      cpu[i] = median(timings.get(i), 1) / 1e6;
      System.out.printf("HTTP %-12s n=%5d wall p50 %.3f ms | process cpu p50 %.3f ms | alloc p50 %.1f kB%n", paths[i],
          timings.get(i).size(), wall[i], cpu[i], median(timings.get(i), 2) / 1e3);
    }
    System.out.printf("HTML / API: wall p50 %.3f, cpu p50 %.3f%n", wall[0] / wall[1], cpu[0] / cpu[1]);
  }

  /**
   * {@code /search} and {@code /api/search} of the real server by the bench's socket client, each
   * query on both in turn: wall time, and the CPU time of the server's worker and I/O threads.
   */
  private static void socket(App app, IndexView view, List<BenchQuery> queries, int rounds) throws Exception {
    WebServer server = app.webServer(view, StraitsConfig.webRoot(), LOOPBACK, 0, true);
    URI base = URI.create("http://" + LOOPBACK + ":" + server.start());
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    String[] names = {WebServer.SEARCH_PATH, ApiHandlers.SEARCH_PATH};
    List<List<long[]>> timings = List.of(new ArrayList<>(), new ArrayList<>());
    try (HttpSystem page = new HttpSystem(base, HttpSystem.PAGE_PATH); HttpSystem api = new HttpSystem(base, HttpSystem.API_PATH)) {
      HttpSystem[] systems = {page, api};
      for (int pass = 0; pass < 2; pass++) {
        timings.forEach(List::clear);
        for (int r = 0; r < (pass == 0 ? 1 : rounds); r++) {
          for (BenchQuery q : queries) {
            for (int i = 0; i < systems.length; i++) {
              long[] ids = threads.getAllThreadIds();
              long[] before = threads.getThreadCpuTime(ids);
              long wall = System.nanoTime();
              systems[i].search(q);
              long took = System.nanoTime() - wall;
              long[] after = threads.getThreadCpuTime(ids);
              long worker = 0;
              long io = 0;
              for (int t = 0; t < ids.length; t++) {
                long cpu = before[t] < 0 || after[t] < 0 ? 0 : after[t] - before[t];
                var info = cpu == 0 ? null : threads.getThreadInfo(ids[t]);
                String thread = info == null ? "" : info.getThreadName();
                if (thread.startsWith("XNIO") && thread.contains("I/O")) {
                  io += cpu;
                } else if (thread.startsWith("XNIO")) {
                  worker += cpu;
                }
              }
              timings.get(i).add(new long[] {took, worker, io});
            }
          }
        }
      }
    } finally {
      server.stop();
    }
    double[][] p50 = new double[2][3];
    for (int i = 0; i < names.length; i++) {
      for (int m = 0; m < 3; m++) {
        p50[i][m] = median(timings.get(i), m) / 1e6;
      }
      System.out.printf("socket %-12s n=%5d wall p50 %.3f ms | worker cpu p50 %.3f ms | io cpu p50 %.3f ms%n", names[i],
          timings.get(i).size(), p50[i][0], p50[i][1], p50[i][2]);
    }
    System.out.printf("HTML / API: wall p50 %.3f, worker cpu p50 %.3f%n", p50[0][0] / p50[1][0], p50[0][1] / p50[1][1]);
  }

  /** Runs {@code handler} on a worker thread, as the server's Guard does. */
  static HttpHandler worker(HttpHandler handler) {
    return new HttpHandler() {
      @Override
      public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
          exchange.dispatch(this);
          return;
        }
        exchange.startBlocking();
        handler.handleRequest(exchange);
      }
    };
  }

  private static void get(HttpClient client, URI uri, String lang) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (lang != null) {
      request.header("Cookie", UiLanguage.COOKIE + "=" + lang);
    }
    HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
  }
}
