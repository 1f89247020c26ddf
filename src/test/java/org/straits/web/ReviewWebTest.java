package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.admin.PasswordHash;
import org.straits.config.StraitsConfig;
import org.straits.entity.Gazetteer;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/**
 * Discovered names over HTTP on the real server and a real index: unreviewed facet values in the
 * API and on document pages, the switch that hides them, and the review page's accept, merge and
 * reject, each CSRF-protected, audited, applied without a rebuild, and kept through one.
 */
public class ReviewWebTest {
  private static final String PASSWORD = "a long admin password";

  @TempDir Path dir;
  private App app;
  private StraitsConfig config;
  private IndexView index;
  private WebServer server;
  private String base;
  private AdminHttpClient browser;

  public static void writeDiscoveryCorpus(Path source) {
    Fixtures.write(source, "en/tao.txt", """
        Taiwan briefing | 作者: Alice Chen | 时间: 2024-03-01 | 责编: Bob Editor

        TAO spokesperson Qiu Wenming said Taiwan would see more patrols. Qiu Wenming added that the
        Center for Maritime Strategy Studies (CMSS) had been consulted. CMSS declined to comment.
        Analyst Pan Yuhang of the Institute for Cross-Strait Futures disagreed, said Dr Karl Brenner.
        """);
    Fixtures.write(source, "zh/tao.jsonl", """
        {"id":"cctv:tao","title":"国台办发布会","body":"国台办发言人邱文明表示，台湾同胞欢迎两岸交流。邱文明说，金门海域巡查将常态化。","date":"2024-03-02","lang":"zh"}
        """);
  }

  private void start() throws Exception {
    start(Files.createDirectories(dir.resolve("source")));
  }

  private void start(Path source) throws Exception {
    writeDiscoveryCorpus(source);
    config = Fixtures.config(source, dir.resolve("index")).withAdminPasswordHash(PasswordHash.hash(PASSWORD.toCharArray()));
    app = new App(config);
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    index = app.openIndex();
    server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, false);
    base = "http://127.0.0.1:" + server.start();
    browser = new AdminHttpClient(base);
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
      index.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.get(path);
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return browser.post(path, form);
  }

  private String login() throws Exception {
    assertEquals(303, post("/admin/login", "password=" + PASSWORD.replace(' ', '+')).statusCode());
    Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/admin/discovered").body());
    assertTrue(csrf.find(), "the review page carries a CSRF token");
    return csrf.group(1);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private String actors() throws Exception {
    return get("/api/search?q=&size=1").body();
  }

  @Test
  void discoveredValuesAreFacetValuesMarkedUnreviewedAndCanBeHidden() throws Exception {
    start();
    String json = actors();
    assertTrue(json.contains("{\"value\":\"Qiu Wenming\",\"count\":1,\"path\":[\"Qiu Wenming\"],\"discovered\":true}"), json);
    assertTrue(json.contains("{\"value\":\"邱文明\",\"count\":1,\"path\":[\"邱文明\"],\"discovered\":true}"),
        "each document's own form until a reviewer links them: " + json);
    assertTrue(json.contains("{\"value\":\"Taiwan\",\"count\":2,\"path\":[\"Taiwan\"],\"discovered\":false}"), json);
    assertFalse(get("/api/search?q=&size=1&reviewed=1").body().contains("Qiu Wenming"), "the switch hides them");
    String filtered = get("/api/search?q=&actor=" + enc("Qiu Wenming")).body();
    assertTrue(filtered.contains("\"total\":1"), "filterable like any value: " + filtered);
    String doc = get("/api/doc/cctv:tao").body();
    assertTrue(doc.contains("\"name\":\"邱文明\"") && doc.contains("\"discovered\":true"), doc);
    String page = get("/search?q=").body();
    assertTrue(page.contains("facet-link discovered"), "a distinct style in the sidebar");
    assertTrue(get("/doc/en%2Ftao.txt").body().contains("class=\"discovered\""), "and on the document page");
  }

  @Test
  void discoveredNamesAreShownInTheReadersChineseScriptOnly() throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    Fixtures.write(source, "zh/zhu.jsonl", """
        {"id":"cctv:zhu","title":"国台办例行新闻发布会","body":"国台办发言人朱凤莲表示，欢迎两岸交流。朱凤莲说，相关工作将常态化。","date":"2024-03-03","lang":"zh"}
        """);
    start(source);
    String simplified = "朱凤莲";
    assertTrue(actors().contains("{\"value\":\"" + simplified + "\",\"count\":1,\"path\":[\"" + simplified + "\"],\"discovered\":true}"),
        "found as the CCTV text writes it: " + actors());
    get("/ui-lang?set=zh-hant&next=/");
    String page = get("/search?q=").body();
    assertTrue(page.contains(">朱鳳蓮<"), "a 繁體 page shows it in traditional script");
    assertTrue(page.contains("actor=" + enc(simplified)), "its filter link keeps the value");
    String facets = get("/api/facets/actor?prefix=" + enc("朱")).body();
    assertTrue(facets.contains("\"value\":\"朱凤莲\"") && facets.contains("\"label\":\"朱鳳蓮\""), facets);
    assertTrue(get("/doc/cctv:zhu").body().contains(">朱鳳蓮<"), "and on the document page");
    String filtered = get("/search?actor=" + enc(simplified)).body();
    assertTrue(filtered.contains("朱鳳蓮") && filtered.contains("1 筆"), "the filter works and its chip reads alike");
    get("/ui-lang?set=zh&next=/");
    assertTrue(get("/search?q=").body().contains(">朱凤莲<"), "simplified on a 简体 page");
    get("/ui-lang?set=en&next=/");
    assertTrue(get("/search?q=").body().contains(">朱凤莲<"), "as written on an English page");
  }

  @Test
  void batchRowsMarkUnreviewedNamesAsTheFacetsDoAndOrderTiesAlike() throws Exception {
    start();
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var row = mapper.readTree(get("/api/batch?term=Taiwan").body()).get("rows").get(0);
    var facets = mapper.readTree(get("/api/search?q=Taiwan").body()).get("facets");
    for (String[] dim : new String[][] {{"top_actors", "actor"}, {"top_regions", "region"}}) {
      var top = row.get(dim[0]);
      assertTrue(top.size() > 0, row.toString());
      for (int i = 0; i < top.size(); i++) {
        var labeled = (com.fasterxml.jackson.databind.node.ObjectNode) top.get(i).deepCopy();
        assertEquals(labeled.get("value").asText(), labeled.remove("label").asText(), "English names on the English interface");
        assertEquals(facets.get(dim[1]).get(i), labeled, "the facets' values, order and mark: " + dim[1]);
        if (i > 0) {
          var before = top.get(i - 1);
          assertTrue(before.get("count").asLong() > top.get(i).get("count").asLong()
              || before.get("value").asText().compareTo(top.get(i).get("value").asText()) < 0, "count, then name: " + top);
        }
      }
    }
    assertTrue(row.get("top_actors").toString().contains("{\"value\":\"Qiu Wenming\",\"count\":1,\"path\":[\"Qiu Wenming\"],\"discovered\":true,\"label\":\"Qiu Wenming\"}"),
        row.toString());
    assertTrue(row.get("top_actors").get(1).get("count").asLong() == row.get("top_actors").get(2).get("count").asLong(), "ties to order");
    String hidden = get("/api/batch?term=Taiwan&reviewed=1").body();
    assertFalse(hidden.contains("\"discovered\":true"), "hide unreviewed names: " + hidden);
    assertTrue(get("/batch.csv?term=Taiwan").body().contains("Qiu Wenming (unreviewed)"));
    String page = get("/batch?term=Taiwan").body();
    assertTrue(page.contains("<span class=\"discovered\">Qiu Wenming</span><span class=\"unreviewed\""), page);
    assertTrue(page.contains("<span>Taiwan</span>"), "a curated value is plain");
    assertFalse(get("/batch?term=Taiwan&reviewed=1").body().contains("class=\"discovered\""));
  }

  @Test
  void reviewPageListsCandidatesWithContextsAndRefusesFormsWithoutTheToken() throws Exception {
    start();
    String csrf = login();
    String page = get("/admin/discovered").body();
    assertTrue(page.contains("Qiu Wenming") && page.contains("邱文明"), "the Chinese and romanised names are one candidate");
    assertTrue(page.contains("<mark>Qiu Wenming</mark>"), "with the places it is written");
    assertTrue(page.contains("value=\"qiu-wenming\""), "an id is proposed");
    assertEquals(403, post("/admin/discovered/reject", "keys=" + enc("actor/Qiu Wenming") + "&csrf=forged").statusCode());
    assertEquals(400, post("/admin/discovered/reject", "keys=nonsense&csrf=" + csrf).statusCode());
    assertEquals(400, get("/admin/discovered?dim=bogus").statusCode());
  }

  @Test
  void acceptMergeAndRejectApplyAtOnceAreAuditedAndSurviveARebuild() throws Exception {
    start();
    String csrf = login();
    String accept = "csrf=" + csrf + "&keys=" + enc("actor/Qiu Wenming\nactor/邱文明") + "&id=qiu-wenming&name="
        + enc("Qiu Wenming") + "&type=person&zh_hans=" + enc("邱文明") + "&zh_hant=" + enc("邱文明") + "&aliases=&parent=&affiliations=&note=";
    assertEquals(303, post("/admin/discovered/accept", accept).statusCode());
    assertTrue(get("/admin/discovered").body().contains("2 documents updated"), "applied to both documents at once");
    index.refresh();
    String json = actors();
    assertTrue(json.contains("{\"value\":\"Qiu Wenming\",\"count\":2,\"path\":[\"Qiu Wenming\"],\"discovered\":false}"), json);
    assertTrue(get("/api/entity/qiu-wenming").statusCode() == 200, "a gazetteer entity now");

    post("/admin/discovered/merge", "csrf=" + csrf + "&keys=" + enc("actor/Center for Maritime Strategy Studies")
        + "&names=CMSS&target=Kuomintang");
    index.refresh();
    assertTrue(get("/api/search?q=&actor=kmt").body().contains("\"total\":1"), "merged: the document now names the KMT");

    assertEquals(303, post("/admin/discovered/reject", "csrf=" + csrf + "&keys=" + enc("actor/Karl Brenner")).statusCode());
    index.refresh();
    assertFalse(actors().contains("Karl Brenner"), "rejected: gone at once");

    String audit = Files.readString(config.stateDir().resolve("audit.log"));
    assertTrue(audit.contains("review accept") && audit.contains("review merge") && audit.contains("review reject"), audit);

    server.administration().jobs().start(true, "test");
    server.administration().jobs().awaitIdle(java.time.Duration.ofMinutes(1));
    index.refresh();
    String rebuilt = actors();
    assertTrue(rebuilt.contains("{\"value\":\"Qiu Wenming\",\"count\":2,\"path\":[\"Qiu Wenming\"],\"discovered\":false}"), rebuilt);
    assertFalse(rebuilt.contains("Karl Brenner"), "a rejection survives a full rebuild");

    String yaml = get("/admin/discovered/export.yaml").body();
    assertTrue(yaml.contains("  - id: qiu-wenming\n    name: Qiu Wenming\n    type: person\n    zh_hans: 邱文明"), yaml);
    assertTrue(yaml.contains("stop_aliases: [Karl Brenner]"), yaml);
    assertTrue(yaml.contains("  - id: kmt"), "the merged entity is written whole: " + yaml);
    Gazetteer.parse(yaml.replace("  - id: kmt", "  - id: kmt-copy"), "export");
  }
}
