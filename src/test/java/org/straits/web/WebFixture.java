package org.straits.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.App;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/**
 * A real server on a free port over a real index built from a small bilingual corpus: English,
 * simplified and traditional Chinese, dated, with authors, sources and gazetteer places, plus one
 * document made of XSS payloads.
 */
final class WebFixture implements AutoCloseable {
  static final Path GAZETTEER = Path.of("src/test/resources/entity/small-gazetteer.yaml");
  static final String KINMEN_ID = "guardian:world/2015/mar/10/kinmen";
  static final String XSS_SCRIPT = "<script>alert(1)</script>";
  static final String XSS_IMG = "\"><img src=x onerror=alert(1)>";
  /** The one fixture document with an original address, as CCTV bulletins have. */
  static final String CCTV_URL = "https://tv.cctv.com/2019/01/02/VIDEstrait.shtml";
  /** Filler bulletins, so exports and paging span several pages. */
  static final int BULLETINS = 25;
  static final String XI_VISIT_ID = "ap:2012/xi-visit";
  /** Seven news documents, the bulletins, and one .txt essay. */
  static final int TOTAL = 7 + BULLETINS + 1;

  final App app;
  final IndexView index;
  final WebServer server;
  final int port;
  final Path source;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private WebFixture(App app, IndexView index, WebServer server, int port, Path source) {
    this.app = app;
    this.index = index;
    this.server = server;
    this.port = port;
    this.source = source;
  }

  static WebFixture start(Path dir) throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    writeCorpus(source);
    StraitsConfig config = org.straits.Fixtures.config(source, dir.resolve("index"));
    App app = new App(config);
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    IndexView index = app.openIndex();
    WebServer server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, false);
    int port = server.start();
    return new WebFixture(app, index, server, port, source);
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + port + pathAndQuery;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send("GET", pathAndQuery);
  }

  /** A GET as a reader whose browser asks for Chinese. */
  HttpResponse<String> getInChinese(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Accept-Language", "zh-CN").GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A GET as a reader whose interface language cookie is {@code lang} (en, zh, zh-hant). */
  HttpResponse<String> getAs(String lang, String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
        .header("Cookie", UiLanguage.COOKIE + "=" + lang).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() throws IOException {
    server.stop();
    index.close();
  }

  static void writeCorpus(Path source) throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>();
    docs.add(doc(KINMEN_ID, "Kinmen ferry talks resume", "2015-03-10", List.of("Alice Chen"), "Guardian", "en",
        "Officials from Kinmen and Xiamen met to resume ferry services across the Taiwan Strait.\n\n"
            + "The PLA held no exercises during the talks. Kinmen residents welcomed the ferry news."));
    docs.add(doc("reuters:2016/scs-patrols", "South China Sea patrols expand", "2016-07-12", List.of("Bob Smith"),
        "Reuters", "en", "The China Coast Guard and the United States Navy increased patrols in the South China Sea."));
    docs.add(doc("reuters:2018/us-arms", "US arms sales to Taiwan", "2018-09-25", List.of("Bob Smith", "Alice Chen"),
        "Reuters", "en", "The United States approved arms sales to Taiwan, drawing protests from the PRC."));
    docs.add(doc("xinhua:2019/strait", "台湾海峡局势", "2019-01-02", List.of("王小明"), "新华社", "zh",
        "台湾海峡两岸关系出现新的变化。解放军在金门附近举行演习，台湾方面表示关注。"));
    docs.get(docs.size() - 1).put("url", CCTV_URL);
    docs.add(doc("cna:2020/defense", "臺灣國防報告", "2020-05-20", List.of("林美玲"), "中央社", "zh",
        "國防部表示，解放軍在臺灣海峽的活動明顯增加。金門守軍提高戒備。"));
    docs.add(doc("xss:payload", XSS_SCRIPT + " payload title", "2022-02-02", List.of(XSS_SCRIPT), XSS_IMG, "en",
        XSS_IMG + " payload body " + XSS_SCRIPT + " end of payload"));
    docs.add(doc(XI_VISIT_ID, "Xi Jinping's visit to Paris", "2012-02-13", List.of("Carol Wu"), "AP", "en",
        "Vice-president Xi Jinping's visit began on Monday.\n\nXi Jinping visited the Louvre, and officials "
            + "said the visit went well. Xi spoke briefly."));
    for (int i = 1; i <= BULLETINS; i++) {
      docs.add(doc("bulletin:" + i, "Strait shipping bulletin " + i, String.format("2021-%02d-%02d", 1 + i % 12, 1 + i),
          List.of("Desk", "Analyst " + i), "Bulletin", "en", "Weekly bulletin number " + i + " on shipping in the Taiwan Strait."));
    }
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Map<String, Object> doc : docs) {
      lines.append(json.writeValueAsString(doc)).append('\n');
    }
    Files.writeString(source.resolve("news.jsonl"), lines.toString(), StandardCharsets.UTF_8);
    Files.writeString(source.resolve("essay.txt"),
        "The Trends of Cross-Straits Relations | 作者: Xiu Chunping | 时间: 2014-06-01 | 责编: Li Minjie\n\n"
            + "Cross-Strait relations depend on the Kuomintang and on Taiwan public opinion.\n",
        StandardCharsets.UTF_8);
  }

  private static Map<String, Object> doc(String id, String title, String date, List<String> authors, String source,
      String lang, String body) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("title", title);
    doc.put("date", date);
    doc.put("authors", authors);
    doc.put("source", source);
    doc.put("lang", lang);
    doc.put("body", body);
    return doc;
  }
}
