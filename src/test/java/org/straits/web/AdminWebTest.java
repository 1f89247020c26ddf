package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
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
  private HttpClient browser;

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
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
      index.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
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
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
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
        .POST(HttpRequest.BodyPublishers.ofString("mode=incremental&csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
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
    assertEquals(303, post("/admin/delete", "id=en%2Frelations.txt&csrf=" + csrf).statusCode());
    assertTrue(get("/admin").body().contains("removed en/relations.txt from the index"));
    index.refresh();
    assertEquals(0, total("archipelago"));
    post("/admin/reindex", "mode=incremental&csrf=" + csrf);
    awaitIdle();
    assertEquals(0, total("archipelago"), "excluded from incremental runs");
    assertTrue(Files.exists(source.resolve("en/relations.txt")), "its file was kept");
    assertEquals(303, post("/admin/delete", "id=nope&csrf=" + csrf).statusCode());
    assertTrue(get("/admin").body().contains("no document with id &#39;nope&#39;"));
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
