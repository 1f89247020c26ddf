package org.straits.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL for one benchmark query against {@link SqliteFtsPeer}'s tables: which table, how the
 * text matches (FTS5 MATCH, LIKE for Chinese words too short for trigrams, nothing when
 * browsing), the filter, and the order. Several plain words must all match, as in Straits: one
 * FTS5 string of quoted words (FTS5 ANDs them), or one LIKE pair per word.
 */
record SqliteQuery(BenchQuery query, String table, Match match, List<String> patterns) {
  enum Match { ALL, FTS, LIKE }

  private static final int TRIGRAM = 3;

  static SqliteQuery of(BenchQuery query) {
    if (query.text().isEmpty()) {
      return new SqliteQuery(query, "", Match.ALL, List.of());
    }
    String table = query.isChinese() ? "fts_zh" : "fts_en";
    List<String> words = query.allWords() ? query.words() : List.of(query.bareText());
    if (query.isChinese() && words.stream().anyMatch(w -> w.codePointCount(0, w.length()) < TRIGRAM)) {
      return new SqliteQuery(query, table, Match.LIKE, words.stream().map(w -> "%" + w + "%").toList());
    }
    // One FTS5 string: each word (or the phrase) quoted, whatever punctuation it carries.
    String fts = String.join(" ", words.stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"").toList());
    return new SqliteQuery(query, table, Match.FTS, List.of(fts));
  }

  /** SELECT {@code columns} over the matching documents, then {@code tail} (GROUP BY, ORDER BY …). */
  PreparedStatement prepare(Connection db, String columns, String tail) throws SQLException {
    String from = switch (match) {
      case ALL -> "docs d WHERE 1=1";
      case FTS -> table + " f JOIN docs d ON d.id = f.rowid WHERE " + table + " MATCH ?";
      case LIKE -> table + " f JOIN docs d ON d.id = f.rowid WHERE "
          + String.join(" AND ", patterns.stream().map(p -> "(f.title LIKE ? OR f.body LIKE ?)").toList());
    };
    String filter = query.filtered() ? " AND d." + (query.filterDim().equals("lang") ? "lang" : "source") + " = ?" : "";
    return db.prepareStatement("SELECT " + columns + " FROM " + from + filter + " " + tail);
  }

  /** Binds the match and filter parameters; returns the next free parameter index. */
  int bind(PreparedStatement statement) throws SQLException {
    int next = 1;
    for (String pattern : patterns) {
      statement.setString(next++, pattern);
      if (match == Match.LIKE) {
        statement.setString(next++, pattern);
      }
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
