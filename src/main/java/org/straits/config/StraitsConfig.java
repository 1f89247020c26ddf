package org.straits.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything Straits can be configured with, resolved once at start-up.
 *
 * @param source folder of source documents
 * @param index folder of the Lucene index
 * @param gazetteer an edited gazetteer file, or null for the one shipped inside the jar
 * @param bind address the web server listens on
 * @param port web server port (0 picks a free one)
 * @param threads indexing threads
 * @param maxFileBytes source files larger than this are skipped
 * @param adminPasswordHash PBKDF2 hash of the admin password ({@code ./straits admin
 *     hash-password}); null turns the admin area off
 * @param uploadMaxBytes uploads larger than this are refused
 * @param commitSeconds an incremental run commits at least this often (at file boundaries), so
 *     a crash loses little work
 * @param discovery whether indexing looks for names the gazetteer does not know (unreviewed
 *     facet values); off, the index holds curated entities only
 * @param backend the search engine: {@code lucene} (embedded, the index folder) or {@code solr}
 *     (a SolrCloud collection; the index folder then holds only Straits' own state)
 * @param solrUrls base URLs of SolrCloud nodes ({@code http://host:8983/solr}), for backend solr
 * @param solrCollection the collection (an alias Straits points at its current collection)
 * @param searchThreads embedded searches run at once (the number of cores by default); more wait
 *     their turn in arrival order (see {@code search.SearchSlots})
 */
public record StraitsConfig(
    Path source, Path index, Path gazetteer, String bind, int port, int threads, long maxFileBytes,
    String adminPasswordHash, long uploadMaxBytes, int commitSeconds, boolean discovery, String backend,
    List<String> solrUrls, String solrCollection, int searchThreads) {
  public static final String LUCENE = "lucene";
  public static final String SOLR = "solr";
  public static final String DEFAULT_COLLECTION = "straits";

  public StraitsConfig {
    solrUrls = solrUrls == null ? List.of() : List.copyOf(solrUrls);
    backend = backend == null ? LUCENE : backend;
    solrCollection = solrCollection == null ? DEFAULT_COLLECTION : solrCollection;
  }

  /** The embedded engine's configuration with discovery on, as by default. */
  public StraitsConfig(Path source, Path index, Path gazetteer, String bind, int port, int threads, long maxFileBytes,
      String adminPasswordHash, long uploadMaxBytes, int commitSeconds) {
    this(source, index, gazetteer, bind, port, threads, maxFileBytes, adminPasswordHash, uploadMaxBytes, commitSeconds,
        true, LUCENE, List.of(), DEFAULT_COLLECTION, Runtime.getRuntime().availableProcessors());
  }

  public boolean onSolr() {
    return SOLR.equals(backend);
  }

  /** The same configuration on SolrCloud at {@code urls}. */
  public StraitsConfig withSolr(List<String> urls, String collection) {
    return new StraitsConfig(source, index, gazetteer, bind, port, threads, maxFileBytes, adminPasswordHash,
        uploadMaxBytes, commitSeconds, discovery, SOLR, urls, collection, searchThreads);
  }

  public StraitsConfig withDiscovery(boolean on) {
    return new StraitsConfig(source, index, gazetteer, bind, port, threads, maxFileBytes, adminPasswordHash,
        uploadMaxBytes, commitSeconds, on, backend, solrUrls, solrCollection, searchThreads);
  }

  public StraitsConfig withAdminPasswordHash(String hash) {
    return new StraitsConfig(source, index, gazetteer, bind, port, threads, maxFileBytes, hash, uploadMaxBytes,
        commitSeconds, discovery, backend, solrUrls, solrCollection, searchThreads);
  }

  public StraitsConfig withCommitSeconds(int seconds) {
    return new StraitsConfig(source, index, gazetteer, bind, port, threads, maxFileBytes, adminPasswordHash,
        uploadMaxBytes, seconds, discovery, backend, solrUrls, solrCollection, searchThreads);
  }

  public StraitsConfig withSearchThreads(int count) {
    return new StraitsConfig(source, index, gazetteer, bind, port, threads, maxFileBytes, adminPasswordHash,
        uploadMaxBytes, commitSeconds, discovery, backend, solrUrls, solrCollection, count);
  }

  public StraitsConfig withGazetteer(Path file) {
    return new StraitsConfig(source, index, file, bind, port, threads, maxFileBytes, adminPasswordHash,
        uploadMaxBytes, commitSeconds, discovery, backend, solrUrls, solrCollection, searchThreads);
  }

  /** Straits' own files beside the Lucene files (run history, audit log, excluded ids). */
  public Path stateDir() {
    return index.resolve(".straits");
  }

  /**
   * The installation folder: the launcher sets {@code straits.home}, else the working folder. The
   * one place it is read; defaults, templates and the shared data are found relative to it.
   */
  public static Path home() {
    return Path.of(System.getProperty("straits.home", ".")).toAbsolutePath().normalize();
  }

  /** Defaults relative to the installation, else the working folder. */
  public static StraitsConfig defaults() {
    Path home = Path.of(System.getProperty("straits.home", "."));
    return new StraitsConfig(home.resolve("seeds"), home.resolve("index"), null, "127.0.0.1", 8080,
        Runtime.getRuntime().availableProcessors(), 100L * 1024 * 1024, null, 50L * 1024 * 1024, 30);
  }

  /** Where templates and static assets live. */
  public static Path webRoot() {
    return home().resolve("web");
  }
}
