package org.straits.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.straits.search.ResultStream.Row;
import org.straits.search.SearchJson;
import org.straits.search.SearchRequest;

/**
 * {@code /export.csv} and {@code /export.json}: every hit of the current search (not one page),
 * streamed as it is read, with a download file name.
 */
final class ExportHandler {
  static final String CSV_PATH = "/export.csv";
  static final String JSON_PATH = "/export.json";
  /** The schema's columns: id, title, date, authors, source, lang, url, regions, actors, score. */
  static final List<String> COLUMNS = org.straits.schema.Schema.columns();
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Site site;

  ExportHandler(Site site) {
    this.site = site;
  }

  HttpHandler csv() {
    return exchange -> {
      SearchRequest request = request(exchange);
      start(exchange, "text/csv; charset=utf-8", "csv");
      Writer writer = new BufferedWriter(new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8));
      // A byte-order mark makes spreadsheet programs read the Chinese text as UTF-8.
      writer.write('\uFEFF');
      CsvWriter csv = new CsvWriter(writer);
      csv.row(COLUMNS);
      site.engine.export(request, row -> csv.row(cells(row)));
      writer.flush();
    };
  }

  /** A JSON array written element by element, never held in memory whole. */
  HttpHandler json() {
    return exchange -> {
      SearchRequest request = request(exchange);
      start(exchange, "application/json; charset=utf-8", "json");
      try (JsonGenerator json = SearchJson.mapper().getFactory().createGenerator(exchange.getOutputStream())) {
        json.writeStartArray();
        site.engine.export(request, json::writePOJO);
        json.writeEndArray();
      }
    };
  }

  private static SearchRequest request(HttpServerExchange exchange) {
    // page and size are accepted (links copy the page's state) but an export is every hit.
    return RequestParams.of(exchange.getQueryParameters(), RequestParams.SEARCH).searchRequest(0);
  }

  private static void start(HttpServerExchange exchange, String contentType, String extension) {
    String name = "straits-export-" + LocalDateTime.now().format(STAMP) + "." + extension;
    exchange.setStatusCode(200);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
  }

  private static List<String> cells(Row row) {
    return List.of(row.id(), row.title(), row.date(), String.join("; ", row.authors()), row.source(), row.lang(),
        row.url(), String.join("; ", row.regions()), String.join("; ", row.actors()), Float.toString(row.score()));
  }
}
