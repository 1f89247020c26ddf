package org.straits.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.RepostCorpus;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/** A real server over the repost corpus (with one repost already in), for feeds, batches and versions. */
final class RepostSite implements AutoCloseable {
  final App app;
  final IndexView index;
  final WebServer server;
  final int port;
  final Path source;
  final Path indexDir;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private RepostSite(App app, IndexView index, WebServer server, int port, Path source, Path indexDir) {
    this.app = app;
    this.index = index;
    this.server = server;
    this.port = port;
    this.source = source;
    this.indexDir = indexDir;
  }

  static RepostSite start(Path dir) throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    RepostCorpus.write(source);
    Fixtures.write(source, "wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
    StraitsConfig config = Fixtures.config(source, dir.resolve("index"));
    App app = new App(config);
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    IndexView index = app.openIndex();
    WebServer server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, false);
    return new RepostSite(app, index, server, server.start(), source, config.index());
  }

  /** An incremental run, as a concurrent {@code straits index} would do. */
  void reindex() throws IOException {
    app.indexer().run(source, indexDir, false, IndexProgress.Listener.NONE);
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + port + pathAndQuery;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A multipart form with one uploaded file, as a browser sends it. */
  HttpResponse<String> postFile(String path, String field, String fileName, String content)
      throws IOException, InterruptedException {
    String boundary = "straits-test-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    server.stop();
    index.close();
  }
}
