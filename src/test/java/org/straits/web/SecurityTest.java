package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;
import org.straits.admin.LoginThrottle;
import org.straits.admin.PasswordHash;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/**
 * The promises of docs/security.md, tried against the real server: headers on every kind of
 * response, no way out of the site's folders, bounded and repeated parameters, no header
 * injection or open redirect, and the admin area's session, CSRF, throttling and cookie rules.
 */
class SecurityTest {
  private static final String PASSWORD = "a long admin password";
  private static final Pattern FORM = Pattern.compile(
      "<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*method=\"post\"",
      Pattern.CASE_INSENSITIVE);

  @TempDir static Path dir;
  static IndexView index;
  static WebServer server;
  static String base;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    App app = indexedApp(dir.resolve("main"), PasswordHash.hash(PASSWORD.toCharArray()));
    index = app.openIndex();
    server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, false);
    port = server.start();
    base = "http://127.0.0.1:" + port;
  }

  /** The fixture corpus indexed under {@code home}; the admin area on with {@code hash}, off with null. */
  private static App indexedApp(Path home, String hash) throws Exception {
    Path source = Files.createDirectories(home.resolve("source"));
    Fixtures.writeCorpus(source);
    StraitsConfig config = Fixtures.config(source, home.resolve("index"));
    App app = new App(hash == null ? config : config.withAdminPasswordHash(hash));
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    return app;
  }

  @AfterAll
  static void stop() throws IOException {
    server.stop();
    index.close();
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient http, String path, String form, String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    HttpClient http = client();
    List<String> paths = List.of("/", "/search?q=Kinmen", "/search?q=%22unbalanced", "/doc/" + WebFixture.KINMEN_ID,
        "/doc/no-such-document", "/entity/taiwan", "/api/search?q=Kinmen", "/api/search?size=9999",
        "/api/doc/nothing", "/api/facets/region", "/api/suggest?q=tai", "/api/nowhere", "/export.csv?q=Kinmen",
        "/export.json?q=Kinmen", "/static/straits.css", "/static/straits.js", "/static/missing.css", "/admin",
        "/admin/login", "/no/such/page", "/ui-lang?lang=zh&next=/");
    List<String> seen = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> response = get(http, path);
      var headers = response.headers();
      String what = path + " → " + response.statusCode() + " " + headers.firstValue("Content-Type").orElse("");
      assertTrue(response.statusCode() < 500, what);
      assertEquals(SecurityHeaders.CSP, headers.firstValue("Content-Security-Policy").orElse(""), what);
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
      assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
      assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
      seen.add(what);
    }
    Measurements.write("security-headers", String.join(System.lineSeparator(), seen));
  }

  @Test
  void noAddressReachesAFileOutsideTheSitesFolders() throws Exception {
    HttpClient http = client();
    for (String path : List.of("/static/../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/..%2f..%2fpom.xml",
        "/static/%252e%252e/pom.xml", "/static/....//....//pom.xml", "/static/%c0%ae%c0%ae/pom.xml",
        "/doc/..%2f..%2f..%2fetc%2fpasswd", "/entity/..%2F..%2Fetc%2Fpasswd", "/api/doc/%2e%2e%2f%2e%2e%2fpom.xml",
        "/static/straits.css%00.html", "/static//etc/passwd", "/admin/../pom.xml")) {
      HttpResponse<String> response = get(http, path);
      assertTrue(response.statusCode() >= 300 && response.statusCode() < 500, path + " → " + response.statusCode());
      assertFalse(response.body().contains("<project") || response.body().contains("root:x:"), path + " leaked a file");
    }
  }

  @Test
  void oversizedAndRepeatedParametersAreRefusedOrIgnoredNeverAServerError() throws Exception {
    HttpClient http = client();
    assertEquals(400, get(http, "/api/search?q=" + "a".repeat(2_000)).statusCode());
    assertEquals(414, get(http, "/search?q=" + "a".repeat(9_000)).statusCode());
    StringBuilder many = new StringBuilder("/api/search?q=Kinmen");
    for (int i = 0; i < 300; i++) {
      many.append("&region=r").append(i);
    }
    assertTrue(get(http, many.toString()).statusCode() < 500);
    for (String path : List.of("/api/search?q=a&q=b&size=5&size=500", "/api/search?page=1&page=-1",
        "/api/search?size=1e9", "/api/search?from=2024-13-45", "/api/suggest?q=" + "臺".repeat(500),
        "/api/facets/region?prefix=" + "%F0%9F%98%80".repeat(200), "/api/search?unknown=1",
        "/search?q=%00%01%02", "/api/search?q=%ED%A0%80")) {
      HttpResponse<String> response = get(http, path);
      assertTrue(response.statusCode() < 500, path + " → " + response.statusCode());
    }
  }

  @Test
  void headersCannotBeInjectedAndRedirectsStayOnTheSite() throws Exception {
    HttpClient http = client();
    for (String next : List.of("%0d%0aSet-Cookie:%20evil=1", "https://evil.example/", "//evil.example/",
        "/%0d%0aX-Injected:%201", "/%5Cevil.example", "javascript:alert(1)")) {
      HttpResponse<String> response = get(http, "/ui-lang?lang=zh&next=" + next);
      String location = response.headers().firstValue("Location").orElse("/");
      assertTrue(location.startsWith("/") && !location.startsWith("//") && !location.contains("\\"),
          next + " redirected to " + location);
      assertTrue(response.headers().firstValue("X-Injected").isEmpty());
      assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("evil")), next);
    }
    // Raw CR/LF in a request line never reaches a response header either.
    String raw = rawRequest(port, InetAddress.getLoopbackAddress(),
        "GET /search?q=a\r\nX-Injected: 1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertFalse(raw.contains("\nX-Injected"), raw);
  }

  @Test
  void aLoginNeverKeepsASessionIdChosenBeforeIt() throws Exception {
    HttpClient http = client();
    HttpRequest planted = HttpRequest.newBuilder(URI.create(base + "/admin/login"))
        .header("Cookie", AdminAccess.COOKIE + "=attacker-chosen-id")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("password=" + PASSWORD.replace(' ', '+'))).build();
    HttpResponse<String> login = http.send(planted, HttpResponse.BodyHandlers.ofString());
    assertEquals(303, login.statusCode());
    String cookie = login.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(AdminAccess.COOKIE + "=")).findFirst().orElseThrow();
    assertFalse(cookie.contains("attacker-chosen-id"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
    assertTrue(cookie.contains("Path=/admin") || cookie.contains("path=/admin"), cookie);
    HttpResponse<String> withPlanted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/admin"))
        .header("Cookie", AdminAccess.COOKIE + "=attacker-chosen-id").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(303, withPlanted.statusCode(), "the planted id is no session");
  }

  @Test
  void everyAdminFormNeedsTheTokenAndTheSameOrigin() throws Exception {
    HttpClient http = client();
    assertEquals(303, post(http, "/admin/login", "password=" + PASSWORD.replace(' ', '+'), null).statusCode());
    String dashboard = get(http, "/admin").body();
    Matcher csrfMatch = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(dashboard);
    assertTrue(csrfMatch.find(), "the dashboard carries a CSRF token");
    String csrf = csrfMatch.group(1);
    // Every form on the dashboard and on the admin pages it links to, plus the actions whose forms
    // only appear with data (a deletion's confirmation, a restore), so a new form is tried too.
    Set<String> actions = new LinkedHashSet<>(List.of("/admin/delete", "/admin/restore"));
    List<String> pages = new ArrayList<>(List.of(dashboard));
    Matcher links = Pattern.compile("href=\"(/admin/[^\"?#]*)").matcher(dashboard);
    while (links.find()) {
      if (!links.group(1).equals("/admin/logout")) {
        pages.add(get(http, links.group(1)).body());
      }
    }
    for (String page : pages) {
      Matcher forms = FORM.matcher(page);
      while (forms.find()) {
        actions.add(forms.group(1) != null ? forms.group(1) : forms.group(2));
      }
    }
    actions.remove("/admin/logout");
    assertTrue(actions.size() >= 3, "the dashboard's forms: " + actions);
    for (String action : actions) {
      assertEquals(403, post(http, action, "csrf=forged", null).statusCode(), action + " without the token");
      assertEquals(403, post(http, action, "", null).statusCode(), action + " with no token at all");
      assertEquals(403, post(http, action, "csrf=" + csrf, "http://evil.example").statusCode(), action + " cross-site");
    }
    Measurements.write("security-csrf", "forms refused without token, with a forged one and cross-site: " + actions);
  }

  @Test
  void failedLoginsAreThrottledPerAddressAndAcrossAddresses() throws Exception {
    // A server of its own: the global limit it reaches would hold up the other tests' logins.
    App app = indexedApp(dir.resolve("throttle"), PasswordHash.hash(PASSWORD.toCharArray()));
    try (IndexView view = app.openIndex()) {
      WebServer throttled = new WebServer(app, view, Path.of("web"), "127.0.0.1", 0, false);
      int throttledPort = throttled.start();
      try {
        throttlesAt(throttledPort);
      } finally {
        throttled.stop();
      }
    }
  }

  private static void throttlesAt(int port) throws Exception {
    // Each client address gets its own allowance; the loopback range gives this test many.
    int perAddress = 5;
    int addresses = LoginThrottle.GLOBAL_FACTOR + 2;
    List<Integer> lastStatuses = new ArrayList<>();
    for (int a = 0; a < addresses; a++) {
      InetAddress from = InetAddress.getByName("127.0.0." + (10 + a));
      for (int i = 0; i < perAddress; i++) {
        lastStatuses.add(status(rawLogin(port, from, "guess" + a + "-" + i)));
      }
    }
    assertEquals(429, status(rawLogin(port, InetAddress.getByName("127.0.0.10"), "guess")), "one address is throttled");
    assertEquals(429, lastStatuses.get(lastStatuses.size() - 1), "after 10× the per-address allowance, every address waits");
    assertEquals(429, status(rawLogin(port, InetAddress.getByName("127.0.0.99"), PASSWORD)),
        "even a new address with the right password waits while the global limit holds");
    Measurements.write("security-throttle", "statuses of " + lastStatuses.size() + " failed logins from " + addresses
        + " addresses: " + lastStatuses);
  }

  private static String rawLogin(int port, InetAddress from, String password) throws IOException {
    String body = "password=" + password.replace(' ', '+');
    return rawRequest(port, from, "POST /admin/login HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body);
  }

  private static String rawRequest(int port, InetAddress from, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int status(String response) {
    String[] statusLine = response.lines().findFirst().orElse("HTTP/1.1 0").split(" ");
    return Integer.parseInt(statusLine[1]);
  }

  @Test
  void withoutAConfiguredHashNoPasswordOpensTheAdminArea() throws Exception {
    App app = indexedApp(dir.resolve("off"), null);
    try (IndexView view = app.openIndex()) {
      WebServer off = new WebServer(app, view, Path.of("web"), "127.0.0.1", 0, false);
      String offBase = "http://127.0.0.1:" + off.start();
      try {
        HttpClient http = client();
        for (String password : List.of("admin", "", "password", PASSWORD)) {
          HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(offBase + "/admin/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("password=" + password)).build(), HttpResponse.BodyHandlers.ofString());
          assertNotEquals(303, response.statusCode(), "no password logs in when the area is off");
          assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(AdminAccess.COOKIE)));
        }
      } finally {
        off.stop();
      }
    }
  }
}
