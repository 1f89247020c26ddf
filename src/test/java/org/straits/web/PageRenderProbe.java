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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.straits.App;
import org.straits.bench.BenchQuery;
import org.straits.bench.CorpusFiles;
import org.straits.bench.HttpSystem;
import org.straits.bench.IndexingBench;
import org.straits.bench.QueryMix;
import org.straits.config.StraitsConfig;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;
import org.straits.search.SearchResult;

/**
 * The search page's own work without the search (issue 11): each query of the bench's mix is
 * searched once by a request to a server of this JVM, whose worker then builds the page model and renders the template {@code rounds} times, in
 * English, 简体 and 繁體 ({@code lang} cookie) in turn, on this thread, timed in thread CPU
 * and allocated bytes; the medians, and the HTML's mean size. One request and search per {@code rounds} pages, so a
 * profile of this JVM ({@code -XX:StartFlightRecording=…}) is mostly page work. {@code TEMPLATES} (a
 * web root: {@code templates}, {@code i18n}) renders another copy of the templates, to price a
 * variant. Not a test; run as {@code java -cp target/straits.jar:target/lib/*:target/test-classes
 * org.straits.web.PageRenderProbe SOURCE INDEX [rounds] [perKind] [WEBROOT]}.
 */
public final class PageRenderProbe {
  private static final String LOOPBACK = "127.0.0.1";
  private static final String[] LANGS = {"en", "zh", "zh-hant"};

  private PageRenderProbe() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    Path index = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int perKind = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    Path webRoot = args.length > 4 ? Path.of(args[4]) : StraitsConfig.webRoot();
    List<SourceDocument> docs = CorpusFiles.read(List.of(source.resolve("guardian.jsonl"), source.resolve("cctv-xwlb.jsonl")));
    App app = IndexingBench.app(source, index, null, 2);
    List<BenchQuery> queries = new QueryMix(docs, app.gazetteer()).generate(perKind, 42);
    try (IndexView view = app.openIndex()) {
      WebServer.Services services = app.webServices(view);
      Site site = new Site(services.engine(), services.entities(), services.facets(), services.suggester(),
          services.profiles(), new Views(webRoot, true));
      SearchPage page = new SearchPage(site);
      List<long[]> times = new ArrayList<>();
      long[] bytes = new long[1];
      int[] loops = {2};
      HttpHandler handler = PagePathProbe.worker(exchange -> {
        SearchPage.Asked asked = SearchPage.asked(exchange);
        SearchResult result = site.engine.search(asked.request());
        for (int r = 0; r < loops[0]; r++) {
          times.add(renderOnce(site, page, exchange, asked, result, bytes));
        }
        Responses.text(exchange, 200, "ok");
      });
      Undertow server = Undertow.builder().addHttpListener(0, LOOPBACK).setHandler(handler).build();
      server.start();
      int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
      URI base = URI.create("http://" + LOOPBACK + ":" + port);
      try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        for (int pass = 0; pass < 2; pass++) {
          times.clear();
          bytes[0] = 0;
          loops[0] = pass == 0 ? 2 : rounds;
          for (BenchQuery q : queries) {
            for (String lang : LANGS) {
              client.send(HttpRequest.newBuilder(base.resolve("/search?" + HttpSystem.parameters(q)))
                  .header("Cookie", UiLanguage.COOKIE + "=" + lang).build(), HttpResponse.BodyHandlers.discarding());
            }
          }
        }
      } finally {
        server.stop();
      }
      System.out.printf("n=%d cpu p50 ms: model %.3f render %.3f bytes %.3f | model+render %.3f | kB p50: model %.1f"
          + " render %.1f | %.1f kB of HTML on average%n", times.size(), PagePathProbe.median(times, 0) / 1e6,
          PagePathProbe.median(times, 1) / 1e6, PagePathProbe.median(times, 2) / 1e6,
          PagePathProbe.medianOf(times, t -> t[0] + t[1]) / 1e6, PagePathProbe.median(times, 3) / 1e3,
          PagePathProbe.median(times, 4) / 1e3, bytes[0] / 1000.0 / times.size());
    }
  }

  /** The page's model and HTML for one searched request: thread CPU and allocation of each step. */
  private static long[] renderOnce(Site site, SearchPage page, HttpServerExchange exchange, SearchPage.Asked asked,
      SearchResult result, long[] size) throws Exception {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long bytes = threads.getCurrentThreadAllocatedBytes();
    Map<String, Object> model = site.pageModel(exchange, page.model(exchange, asked, result));
    long modelCpu = threads.getCurrentThreadCpuTime();
    long modelBytes = threads.getCurrentThreadAllocatedBytes();
    String html = site.render(exchange, "search", model);
    long renderCpu = threads.getCurrentThreadCpuTime();
    long renderBytes = threads.getCurrentThreadAllocatedBytes();
    size[0] += html.getBytes(StandardCharsets.UTF_8).length;
    return new long[] {modelCpu - cpu, renderCpu - modelCpu, threads.getCurrentThreadCpuTime() - renderCpu,
        modelBytes - bytes, renderBytes - modelBytes};
  }
}
