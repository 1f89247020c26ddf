package org.straits.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The SQL for one benchmark query against {@link SqliteFtsPeer}'s tables: which table, how the
 * text matches (FTS5 MATCH, LIKE for Chinese words too short for trigrams, nothing when
 * browsing), the filter, and the order.
 */
record SqliteQuery(BenchQuery query, String table, Match match, String pattern) {
  enum Match { ALL, FTS, LIKE }

  private static final int TRIGRAM = 3;

  static SqliteQuery of(BenchQuery query) {
    if (query.text().isEmpty()) {
      return new SqliteQuery(query, "", Match.ALL, "");
    }
    String table = query.isChinese() ? "fts_zh" : "fts_en";
    String bare = query.bareText();
    if (query.isChinese() && bare.codePointCount(0, bare.length()) < TRIGRAM) {
      return new SqliteQuery(query, table, Match.LIKE, "%" + bare + "%");
    }
    // One FTS5 string: a phrase of the words given, whatever punctuation they carry.
    return new SqliteQuery(query, table, Match.FTS, "\"" + bare.replace("\"", "\"\"") + "\"");
  }

  /** SELECT {@code columns} over the matching documents, then {@code tail} (GROUP BY, ORDER BY …). */
  PreparedStatement prepare(Connection db, String columns, String tail) throws SQLException {
    String from = switch (match) {
      case ALL -> "docs d WHERE 1=1";
      case FTS -> table + " f JOIN docs d ON d.id = f.rowid WHERE " + table + " MATCH ?";
      case LIKE -> table + " f JOIN docs d ON d.id = f.rowid WHERE (f.title LIKE ? OR f.body LIKE ?)";
    };
    String filter = query.filtered() ? " AND d." + (query.filterDim().equals("lang") ? "lang" : "source") + " = ?" : "";
    return db.prepareStatement("SELECT " + columns + " FROM " + from + filter + " " + tail);
  }

  /** Binds the match and filter parameters; returns the next free parameter index. */
  int bind(PreparedStatement statement) throws SQLException {
    int next = 1;
    if (match != Match.ALL) {
      statement.setString(next++, pattern);
    }
    if (match == Match.LIKE) {
      statement.setString(next++, pattern);
    }
    if (query.filtered()) {
      statement.setString(next++, query.filterValue());
    }
    return next;
  }

  String order() {
    return switch (match) {
      case ALL -> "ORDER BY d.day DESC";
      case FTS -> "ORDER BY bm25(" + table + ")";
      case LIKE -> "ORDER BY d.id";
    };
  }
}
