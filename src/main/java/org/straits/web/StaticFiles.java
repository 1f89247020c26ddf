package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /static/…}: files from {@code web/static} only. The decoded path must stay inside that
 * folder after normalisation, with no "..", hidden names or symbolic links on the way.
 */
final class StaticFiles implements HttpHandler {
  static final String PREFIX = "/static/";
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "woff2", "font/woff2",
      "txt", "text/plain; charset=utf-8");

  private final Path root;

  StaticFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws IOException {
    Path file = resolve(exchange.getRequestURI());
    String type = TYPES.get(extension(file));
    if (type == null) {
      throw new WebException(404, "noFile", "There is no such file.");
    }
    exchange.setStatusCode(200);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "public, max-age=300");
    exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, Files.size(file));
    try (OutputStream out = exchange.getOutputStream()) {
      Files.copy(file, out);
    }
  }

  private Path resolve(String requestUri) {
    String relative;
    try {
      relative = URLDecoder.decode(requestUri.substring(PREFIX.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new WebException(404, "noFile", "There is no such file.");
    }
    if (relative.isEmpty() || relative.contains("..") || relative.contains("\\") || relative.startsWith("/")
        || relative.contains("/.") || relative.startsWith(".") || relative.chars().anyMatch(Character::isISOControl)) {
      throw new WebException(404, "noFile", "There is no such file.");
    }
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new WebException(404, "noFile", "There is no such file.");
    }
    return file;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
