package org.straits.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.BufferedWriter;
import java.io.IOException;
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
 * {@code /export.csv}, {@code /export.json} and {@code /export.xlsx}: every hit of the current
 * search (not one page), streamed as it is read, with a download file name. Each row carries the
 * query, a plain-text snippet and the link to the document page besides the metadata.
 */
final class ExportHandler {
  static final String CSV_PATH = "/export.csv";
  static final String JSON_PATH = "/export.json";
  static final String XLSX_PATH = "/export.xlsx";
  static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Site site;

  ExportHandler(Site site) {
    this.site = site;
  }

  /** Receives one export record; may throw IOException when the client goes away. */
  @FunctionalInterface
  private interface RecordSink {
    void accept(ExportRecord record) throws IOException;
  }

  HttpHandler csv() {
    return exchange -> {
      SearchRequest request = request(exchange);
      start(exchange, "text/csv; charset=utf-8", "csv");
      Writer writer = new BufferedWriter(new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8));
      // A byte-order mark makes spreadsheet programs read the Chinese text as UTF-8.
      writer.write('\uFEFF');
      CsvWriter csv = new CsvWriter(writer);
      csv.row(ExportRecord.COLUMNS);
      stream(exchange, request, record -> csv.row(record.cells()));
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
        stream(exchange, request, record -> writeJson(json, record));
        json.writeEndArray();
      }
    };
  }

  /** A workbook whose rows stream through a temporary file (see {@link XlsxWriter}). */
  HttpHandler xlsx() {
    return exchange -> {
      SearchRequest request = request(exchange);
      try (XlsxWriter sheet = new XlsxWriter("Straits", ExportRecord.COLUMNS, "score")) {
        stream(exchange, request, record -> sheet.row(record.cells()));
        start(exchange, XLSX_TYPE, "xlsx");
        sheet.finish(exchange.getOutputStream());
      }
    };
  }

  private void stream(HttpServerExchange exchange, SearchRequest request, RecordSink sink) throws IOException {
    String base = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    site.results.stream(request, row -> sink.accept(
        new ExportRecord(request.query(), row, base + SearchLinks.document(row.id(), request.query()))));
  }

  /** The JSON shape: one object per hit, lists as arrays, fields in column order. */
  private static void writeJson(JsonGenerator json, ExportRecord record) throws IOException {
    Row row = record.row();
    json.writeStartObject();
    json.writeStringField("query", record.query());
    json.writeStringField("id", row.id());
    json.writeStringField("title", row.title());
    json.writeStringField("date", row.date());
    json.writeObjectField("authors", row.authors());
    json.writeStringField("source", row.source());
    json.writeStringField("lang", row.lang());
    json.writeStringField("url", row.url());
    json.writeStringField("link", record.link());
    json.writeObjectField("regions", row.regions());
    json.writeObjectField("actors", row.actors());
    json.writeNumberField("score", row.score());
    json.writeStringField("snippet", row.snippet());
    json.writeEndObject();
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
}
