package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.search.SearchRequest;

/**
 * Batch search of a list of terms or names: {@code /api/batch} (JSON), {@code /batch} (the page,
 * which works without script: the form posts and the table comes back), {@code /batch.csv} and
 * {@code /batch.xlsx}.
 * GET or POST (a long list does not fit in a URL); terms as repeated {@code term}, a {@code terms}
 * text with one per line, or an uploaded {@code list} (CSV or TXT). {@code start} and {@code count}
 * answer a slice of the list, so the page can show its progress.
 */
final class BatchHandler {
  static final String PAGE_PATH = "/batch";
  static final String API_PATH = "/api/batch";
  static final String CSV_PATH = "/batch.csv";
  static final String XLSX_PATH = "/batch.xlsx";
  static final String TERM = "term";
  static final String TERMS = "terms";
  static final String LIST = "list";
  static final String START = "start";
  static final String COUNT = "count";
  private static final long MAX_BODY = 2L * 1024 * 1024;
  private static final Set<String> PARAMS = params();

  private final Site site;
  private final BatchSearch batch;

  BatchHandler(Site site) {
    this.site = site;
    this.batch = new BatchSearch(site.engine);
  }

  /** What one request asks: the parsed list, the slice to answer, the filters. */
  record Asked(BatchTerms.Parsed parsed, int start, int count, RequestParams params, SearchRequest filters) {
    List<BatchTerms.Term> slice() {
      List<BatchTerms.Term> all = parsed.terms();
      return all.subList(Math.min(start, all.size()), Math.min(all.size(), start + count));
    }
  }

  HttpHandler api() {
    return guarded(exchange -> {
      Asked asked = read(exchange);
      Map<String, Object> body = new LinkedHashMap<>();
      EntityLabels labels = site.labels(exchange, "");
      body.put("rows", rows(asked).stream().map(row -> LabeledRow.of(row, labels)).toList());
      body.put("skipped", asked.start() == 0 ? asked.parsed().skipped() : List.of());
      body.put("terms", asked.parsed().terms().size());
      body.put("start", asked.start());
      Responses.json(exchange, 200, body);
    });
  }

  /** A row as the API answers it: each region and actor with its {@code label} in the reader's script. */
  record LabeledRow(String term, long total, String first, String last, List<LabeledName> topRegions,
      List<LabeledName> topActors, String link) {
    static LabeledRow of(BatchSearch.Row row, EntityLabels labels) {
      return new LabeledRow(row.term(), row.total(), row.first(), row.last(), LabeledName.of(row.topRegions(), labels),
          LabeledName.of(row.topActors(), labels), row.link());
    }
  }

  /** A facet value of a row, with the name the page shows ({@link EntityLabels#of}). */
  record LabeledName(String value, long count, List<String> path, boolean discovered, String label) {
    static List<LabeledName> of(List<org.straits.search.SearchResult.FacetValue> values, EntityLabels labels) {
      return values.stream().map(v -> new LabeledName(v.value(), v.count(), v.path(), v.discovered(), labels.of(v.value()))).toList();
    }
  }

  HttpHandler csv() {
    return guarded(exchange -> {
      Asked asked = read(exchange);
      List<BatchSearch.Row> rows = rows(asked);
      exchange.setStatusCode(200);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/csv; charset=utf-8");
      exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"straits-batch.csv\"");
      exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
      Writer writer = new BufferedWriter(new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8));
      writer.write('\uFEFF');
      CsvWriter out = new CsvWriter(writer);
      out.row(BatchSearch.COLUMNS);
      for (BatchSearch.Row row : rows) {
        out.row(BatchSearch.cells(row));
      }
      writer.flush();
    });
  }

  HttpHandler xlsx() {
    return guarded(exchange -> {
      List<BatchSearch.Row> rows = rows(read(exchange));
      try (XlsxWriter sheet = new XlsxWriter("Straits batch", BatchSearch.COLUMNS, "total")) {
        for (BatchSearch.Row row : rows) {
          sheet.row(BatchSearch.cells(row));
        }
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, ExportHandler.XLSX_TYPE);
        exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"straits-batch.xlsx\"");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        sheet.finish(exchange.getOutputStream());
      }
    });
  }

  /** The form; with terms given (a posted form, or a GET with terms), the table below it. */
  HttpHandler page() {
    return guarded(exchange -> {
      Asked asked = read(exchange);
      Map<String, Object> vars = new HashMap<>();
      boolean answered = !asked.parsed().terms().isEmpty() || !asked.parsed().skipped().isEmpty();
      vars.put("answered", answered);
      vars.put("rows", answered ? rows(asked) : List.of());
      vars.put("skipped", asked.parsed().skipped());
      vars.put("termsText", String.join("\n", asked.parsed().terms().stream().map(BatchTerms.Term::text).toList()));
      vars.put("form", formValues(asked.params()));
      vars.put("maxTerms", BatchTerms.MAX_TERMS);
      site.page(exchange, 200, "batch", vars);
    });
  }

  private List<BatchSearch.Row> rows(Asked asked) throws java.io.IOException {
    List<BatchSearch.Row> rows = new ArrayList<>();
    for (BatchTerms.Term term : asked.slice()) {
      rows.add(batch.row(term.text(), asked.filters(), asked.params().asMap()));
    }
    return rows;
  }

  private Asked read(HttpServerExchange exchange) throws java.io.IOException {
    Map<String, Deque<String>> values = new LinkedHashMap<>(exchange.getQueryParameters());
    List<AdminForm.Upload> uploads = List.of();
    if (exchange.getRequestMethod().equals(Methods.POST)) {
      AdminForm form = AdminForm.read(exchange, MAX_BODY);
      form.textValues().forEach((name, list) -> values.computeIfAbsent(name, n -> new ArrayDeque<>()).addAll(list));
      uploads = form.files(LIST);
    }
    RequestParams params = RequestParams.of(values, PARAMS);
    BatchTerms.Parsed parsed = terms(params, uploads);
    int start = number(params, START, 0, Integer.MAX_VALUE, 0);
    int count = number(params, COUNT, 1, BatchTerms.MAX_TERMS, BatchTerms.MAX_TERMS);
    return new Asked(parsed, start, count, params, params.searchRequest(0));
  }

  private static BatchTerms.Parsed terms(RequestParams params, List<AdminForm.Upload> uploads) {
    if (!uploads.isEmpty()) {
      AdminForm.Upload upload = uploads.get(0);
      return BatchTerms.ofFile(upload.name(), upload.content());
    }
    List<String> lines = new ArrayList<>(params.asMap().getOrDefault(TERM, List.of()));
    params.asMap().getOrDefault(TERMS, List.of()).forEach(text -> lines.addAll(List.of(text.split("\r\n|\n|\r", -1))));
    return BatchTerms.of(lines.toArray(String[]::new));
  }

  private static int number(RequestParams params, String name, int min, int max, int fallback) {
    String text = params.first(name);
    try {
      int value = text.isEmpty() ? fallback : Integer.parseInt(text);
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new WebException(400, name + " must be a whole number from " + min + " to " + max);
    }
  }

  /** The filter fields as the form shows them again: name → first value. */
  private static Map<String, String> formValues(RequestParams params) {
    Map<String, String> form = new HashMap<>();
    for (String name : PARAMS) {
      form.put(name, params.first(name));
    }
    return form;
  }

  /** GET and POST only; the rest of the checks are the Gate's. */
  private static HttpHandler guarded(HttpHandler handler) {
    return exchange -> {
      var method = exchange.getRequestMethod();
      if (!method.equals(Methods.GET) && !method.equals(Methods.HEAD) && !method.equals(Methods.POST)) {
        exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD, POST");
        throw new WebException(405, "A batch search is read with GET or POST, not " + method + ".");
      }
      handler.handleRequest(exchange);
    };
  }

  private static Set<String> params() {
    Set<String> names = new HashSet<>(RequestParams.SEARCH);
    names.addAll(List.of(TERM, TERMS, LIST, START, COUNT));
    names.remove(RequestParams.PAGE);
    names.remove(RequestParams.SIZE);
    names.remove(RequestParams.SORT);
    names.remove(RequestParams.QUERY);
    return Set.copyOf(names);
  }
}
