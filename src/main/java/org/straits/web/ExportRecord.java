package org.straits.web;

import java.util.List;
import org.straits.search.ResultStream.Row;

/**
 * One exported hit with what a reader of the file needs beyond the metadata: the query it answered
 * and the address of its document page. The one column list every export format writes.
 */
record ExportRecord(String query, Row row, String link) {
  static final List<String> COLUMNS = List.of("query", "id", "title", "date", "authors", "source", "lang", "url",
      "link", "regions", "actors", "score", "snippet");

  /** The cells in {@link #COLUMNS} order; lists joined with "; ". */
  List<String> cells() {
    return List.of(query, row.id(), row.title(), row.date(), String.join("; ", row.authors()), row.source(),
        row.lang(), row.url(), link, String.join("; ", row.regions()), String.join("; ", row.actors()),
        Float.toString(row.score()), row.snippet());
  }
}
