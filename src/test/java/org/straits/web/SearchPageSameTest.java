package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facet lists, hits and date histogram are written in Java ({@link FacetItemsHtml},
 * {@link HitsHtml}, {@link HistogramHtml}) where templates wrote them: every page stays byte for
 * byte what the templates made. A second real server over the same index renders with the
 * templates as they were ({@code src/test/resources/reference-templates}); each request, in each
 * interface language, must answer the same HTML from both, the search's own time masked.
 */
class SearchPageSameTest extends ServedFixtureTest {
  private static final List<String> REQUESTS = List.of(
      "/search", "/search?q=Taiwan", "/search?q=Taiwan&page=2&size=2", "/search?q=Kinmen&region=Taiwan",
      "/search?q=&region=Taiwan%2FKinmen", "/search?q=&region=Taiwan&region=PRC&region_op=and",
      "/search?q=Taiwan&not_region=Kinmen", "/search?q=&region=Tiawan", "/search?q=Taiwan&more=region&more=author",
      "/search?q=Taiwan&dups=show", "/search?q=bulletin", "/search?q=Taiwan&from=2015-01-01&to=2015-12-31",
      "/search?q=Taiwan&from=2015-03&to=2015-03", "/search?q=%22(", "/search?q=zzzqqq", "/search?q=%E5%8F%B0%E7%81%A3",
      "/search?q=" + URLEncoder.encode(WebFixture.XSS_SCRIPT, StandardCharsets.UTF_8),
      "/search?q=" + URLEncoder.encode(WebFixture.XSS_IMG, StandardCharsets.UTF_8) + "&source=%3Ci%3E",
      "/facets/region?q=", "/facets/region?q=&region=Taiwan%2FKinmen", "/facets/author?q=zzzqqq",
      "/entity/taiwan", "/entity/kinmen");
  private static final List<String> LANGUAGES = List.of("en", "zh", "zh-hant");

  private static WebServer reference;
  private static int referencePort;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startReference() throws Exception {
    Path web = dir.resolve("reference-web");
    copy(Path.of("web"), web);
    try (Stream<Path> templates = Files.list(Path.of("src/test/resources/reference-templates"))) {
      for (Path template : templates.toList()) {
        Files.copy(template, web.resolve("templates").resolve(template.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    reference = site.app.webServer(site.index, web, "127.0.0.1", 0, false);
    referencePort = reference.start();
  }

  @AfterAll
  static void stopReference() {
    reference.stop();
  }

  @Test
  void everyPageIsWhatTheTemplatesWrote() throws Exception {
    int withHits = 0;
    int withFacets = 0;
    int withHistogram = 0;
    for (String request : REQUESTS) {
      for (String lang : LANGUAGES) {
        HttpResponse<String> now = site.getAs(lang, request);
        HttpResponse<String> before = get(referencePort, lang, request);
        assertEquals(200, now.statusCode(), request);
        assertEquals(before.statusCode(), now.statusCode(), request);
        assertEquals(masked(before.body()), masked(now.body()), lang + " " + request);
        withHits += now.body().contains("<ol class=\"hits\"") ? 1 : 0;
        withFacets += now.body().contains("<ul class=\"facet-values\">\n  <li>") ? 1 : 0;
        withHistogram += now.body().contains("<svg class=\"histogram\"") ? 1 : 0;
      }
    }
    // The comparison covered what was rewritten, not only empty pages.
    assertTrue(withHits > 20 && withFacets > 20 && withHistogram > 20, withHits + " " + withFacets + " " + withHistogram);
  }

  /** The page with the search's own time ("in 3 ms", "用时 3 毫秒") masked: it differs from one run to the next. */
  private static String masked(String html) {
    return html.replaceAll(" in [0-9,]+ ms", " in N ms").replaceAll("(用时|耗時) [0-9,]+ 毫秒", "$1 N 毫秒");
  }

  private HttpResponse<String> get(int port, String lang, String request) throws IOException, InterruptedException {
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request))
        .header("Cookie", UiLanguage.COOKIE + "=" + lang).GET().build();
    return http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
