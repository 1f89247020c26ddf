package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.admin.PasswordHash;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/** The admin area over HTTP against the real server: access, uploads, runs, deletion, gazetteer. */
class AdminWebTest {
  private static final String PASSWORD = "a long admin password";
  private static final String HASH = PasswordHash.hash(PASSWORD.toCharArray());

  @TempDir Path dir;
  private Path source;
  private Path gazetteer;
  private IndexView index;
  private WebServer server;
  private String base;
  private AdminHttpClient browser;

  private void start(String hash) throws Exception {
    source = Files.createDirectories(dir.resolve("source"));
    Fixtures.writeCorpus(source);
    gazetteer = dir.resolve("gazetteer.yaml");
    Files.copy(Fixtures.smallGazetteer(), gazetteer);
    StraitsConfig config = Fixtures.config(source, dir.resolve("index")).withGazetteer(gazetteer).withAdminPasswordHash(hash);
    App app = new App(config);
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    index = app.openIndex();
    server = app.webServer(index, Path.of("web"), "127.0.0.1", 0, false);
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

  private HttpResponse<String> upload(String csrf, String name, byte[] content) throws Exception {
    String boundary = "----straits" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/upload"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private String login() throws Exception {
    assertEquals(303, post("/admin/login", "password=" + PASSWORD.replace(' ', '+')).statusCode());
    HttpResponse<String> dashboard = get("/admin");
    assertEquals(200, dashboard.statusCode());
    Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(dashboard.body());
    assertTrue(csrf.find(), "the dashboard carries a CSRF token");
    return csrf.group(1);
  }

  private void awaitIdle() throws Exception {
    server.administration().jobs().awaitIdle(Duration.ofMinutes(1));
    index.refresh();
  }

  private long total(String query) throws Exception {
    String json = get("/api/search?q=" + query).body();
    Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(json);
    assertTrue(m.find(), json);
    return Long.parseLong(m.group(1));
  }

  @Test
  void withoutAConfiguredHashTheAreaIsOffAndSaysHowToTurnItOn() throws Exception {
    start(null);
    HttpResponse<String> page = get("/admin");
    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("hash-password"), page.body());
    assertEquals(403, post("/admin/login", "password=admin").statusCode(), "no default credential works");
  }

  @Test
  void everyPageNeedsALoginAndWrongPasswordsAreThrottled() throws Exception {
    start(HASH);
    assertEquals(303, get("/admin").statusCode());
    assertEquals("/admin/login", get("/admin/status").headers().firstValue("Location").orElse(""));
    assertEquals(401, post("/admin/reindex", "mode=full").statusCode());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, post("/admin/login", "password=guess" + i).statusCode());
    }
    HttpResponse<String> throttled = post("/admin/login", "password=" + PASSWORD.replace(' ', '+'));
    assertEquals(429, throttled.statusCode(), "even the right password waits after five failures");
    String audit = Files.readString(dir.resolve("index/.straits/audit.log"));
    assertTrue(audit.contains("\"outcome\":\"failed: wrong password\""), audit);
    assertTrue(audit.contains("\"outcome\":\"throttled\""), audit);
  }

  @Test
  void postsNeedTheSessionCsrfTokenAndTheSameOrigin() throws Exception {
    start(HASH);
    String csrf = login();
    assertEquals(403, post("/admin/reindex", "mode=incremental&csrf=forged").statusCode());
    HttpResponse<String> foreign = browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/reindex"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("mode=incremental&csrf=" + csrf)));
    assertEquals(403, foreign.statusCode());
    assertEquals(303, post("/admin/reindex", "mode=incremental&csrf=" + csrf).statusCode());
    awaitIdle();
    assertTrue(get("/admin").body().contains("incremental"), "the run is listed");
    assertEquals(303, post("/admin/logout", "csrf=" + csrf).statusCode());
    assertEquals(303, get("/admin").statusCode(), "logged out");
  }

  @Test
  void anUploadIsStoredAndIndexedAtOnceAndABadOneChangesNothing() throws Exception {
    start(HASH);
    String csrf = login();
    long before = total("");
    assertEquals(303, upload(csrf, "quemoy.txt", "Quemoy report\n\nArtillery drills near Quemoy harbour.\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertTrue(get("/admin").body().contains("Stored uploads/"));
    awaitIdle();
    assertEquals(1, total("harbour"));

    assertEquals(303, upload(csrf, "bad.jsonl", "{not json at all\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    String page = get("/admin").body();
    assertTrue(page.contains("Refused: bad.jsonl: cannot be read"), page);
    assertEquals(303, upload(csrf, "again.txt", "Quemoy report\n\nArtillery drills near Quemoy harbour.\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertTrue(get("/admin").body().contains("same content as uploads/"));
    awaitIdle();
    assertEquals(before + 1, total(""), "refused uploads left the index as it was");
  }

  @Test
  void aDeletedDocumentStaysDeletedAfterTheNextRun() throws Exception {
    start(HASH);
    String csrf = login();
    assertEquals(1, total("archipelago"));
    assertEquals(303, post("/admin/delete", "id=en%2Frelations.txt&confirmed=yes&csrf=" + csrf).statusCode());
    assertTrue(get("/admin").body().contains("Deleted “Relations across the strait” (en/relations.txt) from the index"));
    index.refresh();
    assertEquals(0, total("archipelago"));
    post("/admin/reindex", "mode=incremental&csrf=" + csrf);
    awaitIdle();
    assertEquals(0, total("archipelago"), "excluded from incremental runs");
    assertTrue(Files.exists(source.resolve("en/relations.txt")), "its file was kept");
    assertEquals(303, post("/admin/delete", "id=nope&confirmed=yes&csrf=" + csrf).statusCode());
    assertTrue(get("/admin").body().contains("no document with id “nope” is in the index"));
  }

  @Test
  void aDeletionWithoutItsConfirmationDeletesNothing() throws Exception {
    start(HASH);
    String csrf = login();
    assertEquals(303, post("/admin/delete", "id=en%2Frelations.txt&from_source=on&csrf=" + csrf).statusCode());
    assertTrue(get("/admin").body().contains("Nothing was deleted"));
    index.refresh();
    assertEquals(1, total("archipelago"));
    assertTrue(Files.exists(source.resolve("en/relations.txt")));
    assertEquals(403, post("/admin/delete", "id=en%2Frelations.txt&confirmed=yes&csrf=forged").statusCode(), "CSRF checked");
    assertEquals(403, post("/admin/restore", "id=en%2Frelations.txt&csrf=forged").statusCode(), "CSRF checked");
    get("/ui-lang?set=zh&next=/");
    HttpResponse<String> zh = post("/admin/restore", "id=en%2Frelations.txt&csrf=forged");
    get("/ui-lang?set=en&next=/");
    assertTrue(zh.body().contains("此表单已过期或并非从本站提交"), zh.body());
    assertEquals(404, get("/admin/nowhere").statusCode());
  }

  @Test
  void thePickerFindsDocumentsByIdAndTitleInBothLanguages() throws Exception {
    start(HASH);
    login();
    String byId = get("/admin/documents?q=en%2Frel").body();
    assertTrue(byId.contains("\"id\":\"en/relations.txt\""), byId);
    assertTrue(byId.contains("\"title\":\"Relations across the strait\""), byId);
    String byTitle = get("/admin/documents?q=coast+gua").body();
    assertTrue(byTitle.contains("en/kinmen.txt"), byTitle);
    String chinese = get("/admin/documents?q=" + SearchLinks.encode("两岸")).body();
    assertTrue(chinese.contains("cctv:1"), chinese);
    String exactFirst = get("/admin/documents?q=cctv%3A2").body();
    assertTrue(exactFirst.startsWith("{\"documents\":[{\"id\":\"cctv:2\""), exactFirst);
    HttpResponse<String> bad = get("/admin/documents?q=x&limit=500");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("limit must be between 1 and 20"), bad.body());
    assertEquals(303, anonymous("/admin/documents?q=en").statusCode(), "the picker needs a login");
  }

  @Test
  void theConfirmationNamesTheDocumentItsFileAndWhetherTheFileGoes() throws Exception {
    start(HASH);
    login();
    String single = get("/admin/delete?id=en%2Frelations.txt&from_source=on").body();
    assertTrue(single.contains("Relations across the strait"), single);
    assertTrue(single.contains("<code id=\"confirm-file\">en/relations.txt</code>"), single);
    assertTrue(single.contains("is deleted from the source folder too"), single);
    assertTrue(single.contains("name=\"confirmed\" value=\"yes\""), single);
    assertTrue(single.contains("name=\"csrf\""), single);

    String sibling = get("/admin/delete?id=cctv%3A1&from_source=on").body();
    assertTrue(sibling.contains("stays in the source folder, because it holds one other document"), sibling);
    String kept = get("/admin/delete?id=cctv%3A1").body();
    assertTrue(kept.contains("stays in the source folder. The document is listed as excluded"), kept);

    String typed = get("/admin/delete?id=relations").body();
    assertTrue(typed.contains("No document has the id “relations”"), typed);
    assertTrue(typed.contains("href=\"/admin/delete?id=en%2Frelations.txt\""), "a candidate to choose: " + typed);

    String zh = get("/admin/delete?id=en%2Frelations.txt&from_source=on", "zh").body();
    assertTrue(zh.contains("也将从源文件夹中删除"), zh);
    assertTrue(Files.exists(source.resolve("en/relations.txt")), "showing the confirmation deletes nothing");
  }

  @Test
  void deletingWithTheFileRemovesItAndAMultiDocumentFileStays() throws Exception {
    start(HASH);
    String csrf = login();
    post("/admin/delete", "id=en%2Frelations.txt&from_source=on&confirmed=yes&csrf=" + csrf);
    assertTrue(get("/admin").body().contains("and its file en/relations.txt from the source folder"));
    assertFalse(Files.exists(source.resolve("en/relations.txt")));
    post("/admin/delete", "id=cctv%3A2&from_source=on&confirmed=yes&csrf=" + csrf);
    String page = get("/admin").body();
    assertTrue(page.contains("holds one other document, so it stays in the source folder"), page);
    assertTrue(Files.exists(source.resolve("zh/news.jsonl")));
    assertTrue(page.contains("<code>cctv:2</code>"), "listed as excluded: " + page);
    assertFalse(page.contains("<code>en/relations.txt</code>"), "a deleted file is not excluded");
    String audit = Files.readString(dir.resolve("index/.straits/audit.log"));
    assertTrue(audit.contains("\"action\":\"delete\",\"target\":\"en/relations.txt\",\"outcome\":\"deleted with its file"), audit);
  }

  @Test
  void aRestoredDocumentComesBackAtOnceAndIsAudited() throws Exception {
    start(HASH);
    String csrf = login();
    assertEquals(1, total("%E5%8D%97%E6%B5%B7"), "南海 finds cctv:2");
    post("/admin/delete", "id=cctv%3A2&confirmed=yes&csrf=" + csrf);
    index.refresh();
    assertEquals(0, total("%E5%8D%97%E6%B5%B7"));
    post("/admin/reindex", "mode=incremental&csrf=" + csrf);
    awaitIdle();
    assertEquals(0, total("%E5%8D%97%E6%B5%B7"), "still excluded after a run");

    assertEquals(303, post("/admin/restore", "id=cctv%3A2&csrf=" + csrf).statusCode());
    String page = get("/admin").body();
    assertTrue(page.contains("Restored “南海形势” (cctv:2)"), page);
    awaitIdle();
    assertEquals(1, total("%E5%8D%97%E6%B5%B7"), "back without any change to its file");
    assertEquals(1, total("%E4%B8%A4%E5%B2%B8%E5%85%B3%E7%B3%BB%E5%92%8C%E5%B9%B3"), "its sibling is there once");
    assertTrue(get("/admin").body().contains("No document is excluded."));
    post("/admin/reindex", "mode=incremental&csrf=" + csrf);
    awaitIdle();
    assertEquals(1, total("%E5%8D%97%E6%B5%B7"), "and stays after the next run");

    post("/admin/restore", "id=cctv%3A2&csrf=" + csrf);
    assertTrue(get("/admin").body().contains("No excluded document has the id “cctv:2”"));
    String audit = Files.readString(dir.resolve("index/.straits/audit.log"));
    assertTrue(audit.contains("\"action\":\"restore\",\"target\":\"cctv:2\",\"outcome\":\"ok: zh/news.jsonl\""), audit);
    assertTrue(audit.contains("\"action\":\"restore\",\"target\":\"cctv:2\",\"outcome\":\"refused"), audit);
  }

  @Test
  void theDashboardFormatsNumbersDatesAndCountsForPeople() throws Exception {
    start(HASH);
    String csrf = login();
    post("/admin/reindex", "mode=incremental&csrf=" + csrf);
    awaitIdle();
    String en = get("/admin").body();
    assertFalse(en.contains("{en="), "no raw map: " + en);
    assertTrue(en.matches("(?s).*<dd id=\"stats-langs\">English \\d+ · Chinese \\d+</dd>.*"), en);
    assertFalse(en.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+Z.*"), "no nanosecond timestamps");
    assertTrue(en.matches("(?s).*<dd id=\"stats-commit\">[A-Z][a-z]{2} \\d{1,2}, \\d{4}, .*</dd>.*"), en);
    String zh = get("/admin", "zh").body();
    assertTrue(zh.matches("(?s).*<dd id=\"stats-langs\">英文 \\d+ · 中文 \\d+</dd>.*"), zh);
    assertTrue(zh.matches("(?s).*<dd id=\"stats-commit\">\\d{4}年\\d{1,2}月\\d{1,2}日.*"), zh);

    assertEquals(303, upload(csrf, "one.txt", "One note\n\nA single document about Quemoy.\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    String stored = get("/admin").body();
    assertTrue(stored.contains("(1 document)"), stored);
    assertFalse(stored.contains("(1 documents)"));
    awaitIdle();
  }

  @Test
  void groupedDigitsInBothLanguages() {
    Views views = new Views(Path.of("web"), false);
    AdminText en = new AdminText(views, Views.ENGLISH, java.time.ZoneId.of("UTC"));
    AdminText zh = new AdminText(views, Views.CHINESE, java.time.ZoneId.of("UTC"));
    assertEquals("22,620", en.number(22620));
    assertEquals("22,620", zh.number(22620));
    java.util.Map<String, Long> languages = new java.util.LinkedHashMap<>();
    languages.put("en", 5789L);
    languages.put("zh", 16831L);
    assertEquals("English 5,789 · Chinese 16,831", en.languages(languages));
    assertEquals("英文 5,789 · 中文 16,831", zh.languages(languages));
    assertEquals("Stored a.jsonl (21,000 documents).", en.msg("admin.flash.upload.stored", en.msg("admin.flash.upload.item", "a.jsonl", 21000)));
    assertEquals("已保存 a.jsonl（21,000 篇文档）。", zh.msg("admin.flash.upload.stored", zh.msg("admin.flash.upload.item", "a.jsonl", 21000)));
    assertEquals("Dec 1, 2026, 9:18:13 AM UTC", en.time(java.time.Instant.parse("2026-12-01T09:18:13.123456789Z")).replace('\u202f', ' '));
    assertEquals("2026年12月1日 09:18:13 UTC", zh.time("2026-12-01T09:18:13.123456789Z"));
    assertEquals("–", en.rate(null));
  }

  @Test
  void runsFromTheCommandLineAreListedWithAdminRuns() throws Exception {
    start(HASH);
    login();
    Fixtures.write(source, "en/cli.txt", "Added from the shell\n\nA note indexed by ./straits index about Kinmen.\n");
    int exit = org.straits.cli.StraitsCommand.run("index", "--index", dir.resolve("index").toString(),
        "--source", source.toString(), "--gazetteer", gazetteer.toString());
    assertEquals(0, exit);
    String page = get("/admin").body();
    assertTrue(page.contains("<td>index:" + System.getProperty("user.name") + "</td>"), page);
  }

  /** {@code path} with the interface in {@code uiLanguage}, as the 中文/EN toggle sets it; English again afterwards. */
  private HttpResponse<String> get(String path, String uiLanguage) throws Exception {
    get("/ui-lang?set=" + uiLanguage + "&next=/");
    try {
      return get(path);
    } finally {
      get("/ui-lang?set=en&next=/");
    }
  }

  private HttpResponse<String> anonymous(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBrokenGazetteerIsRefusedWithItsLineAndTheOldOneStays() throws Exception {
    start(HASH);
    String csrf = login();
    String good = Files.readString(gazetteer);
    Files.writeString(gazetteer, good.replace("parent: taiwan", "parent: taiwn"));
    post("/admin/gazetteer", "csrf=" + csrf);
    String page = get("/admin").body();
    assertTrue(page.contains("previous one stays in force"), page);
    assertTrue(page.contains("unknown parent &#39;taiwn&#39;"), page);
    assertTrue(page.matches("(?s).*gazetteer\\.yaml:\\d+.*"), "names the line");

    Files.writeString(gazetteer, good.replace("aliases: [Kinmen Island, Quemoy]", "aliases: [Kinmen Island, Quemoy, Jinmen]"));
    post("/admin/gazetteer", "csrf=" + csrf);
    assertTrue(get("/admin").body().contains("Rebuilding the index"));
    awaitIdle();
    assertFalse(server.administration().jobs().status().running());
    assertTrue(server.administration().jobs().status().last().full(), "a new gazetteer rebuilds the index");
  }
}
