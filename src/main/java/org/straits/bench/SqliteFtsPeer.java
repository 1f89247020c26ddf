package org.straits.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.straits.ingest.SourceDocument;

/**
 * The embedded full-text peer: SQLite FTS5, one table with the {@code porter unicode61} tokenizer for
 * English documents and one with {@code trigram} for Chinese ones (queries routed by script),
 * ranked by bm25, with facet counts by language, source and year from one GROUP BY over the
 * matches. Trigrams cannot match Chinese words shorter than three characters, so those are found
 * with LIKE, which scans: that is the cost this configuration really has.
 */
public final class SqliteFtsPeer implements SearchSystem {
  private static final int INSERT_BATCH = 1_000;

  private final String url;
  private final Throughput indexing;
  private final ThreadLocal<Connection> connections;
  private final List<Connection> opened = Collections.synchronizedList(new ArrayList<>());

  private SqliteFtsPeer(String url, Throughput indexing) {
    this.url = url;
    this.indexing = indexing;
    this.connections = ThreadLocal.withInitial(this::connect);
  }

  /** Creates the database file {@code file} holding {@code docs}. */
  public static SqliteFtsPeer build(List<SourceDocument> docs, Path file) throws IOException {
    Files.deleteIfExists(file);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    long start = System.nanoTime();
    try (HeapSampler heap = HeapSampler.start(); Connection db = DriverManager.getConnection(url)) {
      createSchema(db);
      insert(db, docs);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new SqliteFtsPeer(url, new Throughput(docs.size(), CorpusFiles.textBytes(docs), seconds,
          Files.size(file), heap.peakBytes()));
    } catch (SQLException e) {
      throw new IOException("building the SQLite FTS5 peer at " + file + ": " + e.getMessage(), e);
    }
  }

  private static void createSchema(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("PRAGMA journal_mode=OFF");
      sql.execute("PRAGMA synchronous=OFF");
      sql.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, doc_id TEXT, title TEXT, lang TEXT, source TEXT,"
          + " year INTEGER, day INTEGER)");
      sql.execute("CREATE VIRTUAL TABLE fts_en USING fts5(title, body, tokenize='porter unicode61')");
      sql.execute("CREATE VIRTUAL TABLE fts_zh USING fts5(title, body, tokenize='trigram')");
    }
  }

  private static void insert(Connection db, List<SourceDocument> docs) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement meta = db.prepareStatement("INSERT INTO docs VALUES (?,?,?,?,?,?,?)");
        PreparedStatement en = db.prepareStatement("INSERT INTO fts_en(rowid, title, body) VALUES (?,?,?)");
        PreparedStatement zh = db.prepareStatement("INSERT INTO fts_zh(rowid, title, body) VALUES (?,?,?)")) {
      for (int row = 0; row < docs.size(); row++) {
        SourceDocument doc = docs.get(row);
        String lang = SyntheticCorpus.languageOf(doc);
        meta.setInt(1, row);
        meta.setString(2, doc.id());
        meta.setString(3, doc.title());
        meta.setString(4, lang);
        meta.setString(5, doc.source());
        meta.setObject(6, doc.date() == null ? null : doc.date().getYear());
        meta.setObject(7, doc.date() == null ? null : doc.date().toEpochDay());
        meta.addBatch();
        PreparedStatement text = lang.equals("zh") ? zh : en;
        text.setInt(1, row);
        text.setString(2, doc.title());
        text.setString(3, doc.body());
        text.addBatch();
        if (row % INSERT_BATCH == INSERT_BATCH - 1) {
          meta.executeBatch();
          en.executeBatch();
          zh.executeBatch();
        }
      }
      meta.executeBatch();
      en.executeBatch();
      zh.executeBatch();
    }
    try (Statement sql = db.createStatement()) {
      sql.execute("CREATE INDEX docs_day ON docs(day)");
    }
    db.commit();
  }

  public Throughput indexing() {
    return indexing;
  }

  @Override
  public String name() {
    return "SQLite FTS5";
  }

  @Override
  public long search(BenchQuery query) throws IOException {
    SqliteQuery sql = SqliteQuery.of(query);
    try {
      Connection db = connections.get();
      readHits(db, sql);
      return countFacets(db, sql);
    } catch (SQLException e) {
      throw new IOException("SQLite query failed for " + query + ": " + e.getMessage(), e);
    }
  }

  private static void readHits(Connection db, SqliteQuery sql) throws SQLException {
    try (PreparedStatement hits = sql.prepare(db, "d.doc_id, d.title", sql.order() + " LIMIT ? OFFSET ?")) {
      int next = sql.bind(hits);
      hits.setInt(next, BenchQuery.PAGE_SIZE);
      hits.setInt(next + 1, (sql.query().page() - 1) * BenchQuery.PAGE_SIZE);
      try (ResultSet rows = hits.executeQuery()) {
        while (rows.next()) {
          rows.getString(1);
          rows.getString(2);
        }
      }
    }
  }

  /** Counts per (lang, source, year) from one pass over the matches; the total is their sum. */
  private static long countFacets(Connection db, SqliteQuery sql) throws SQLException {
    long total = 0;
    try (PreparedStatement facets = sql.prepare(db, "d.lang, d.source, d.year, count(*)",
        "GROUP BY d.lang, d.source, d.year")) {
      sql.bind(facets);
      try (ResultSet rows = facets.executeQuery()) {
        while (rows.next()) {
          total += rows.getLong(4);
        }
      }
    }
    return total;
  }

  private Connection connect() {
    try {
      Connection db = DriverManager.getConnection(url);
      opened.add(db);
      return db;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open " + url + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      for (Connection db : opened) {
        db.close();
      }
    } catch (SQLException e) {
      throw new IOException("closing " + url + ": " + e.getMessage(), e);
    }
  }
}
