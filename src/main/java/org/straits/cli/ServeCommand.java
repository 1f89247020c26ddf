package org.straits.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.straits.App;
import org.straits.admin.RunHistory;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.index.Indexer;
import org.straits.search.EngineUnavailableException;
import org.straits.search.IndexView;
import org.straits.web.PortInUseException;
import org.straits.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Serve the search web site and its JSON API.",
      "When the index is missing, empty or out of date, the source folder is indexed first. New commits by "
          + "a concurrent 'straits index' show up within seconds. Stops cleanly on Ctrl-C or SIGTERM."
    })
final class ServeCommand implements Callable<Integer> {
  private static final java.time.Duration SOLR_RETRY = java.time.Duration.ofSeconds(5);

  @Mixin CommonOptions common;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default: 8080, or $STRAITS_PORT).")
  Integer port;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String bind;

  @Option(names = "--web", paramLabel = "DIR", description = "Templates and static files (default: <straits home>/web).")
  Path web;

  @Option(names = "--dev", description = "Re-read templates on every request (for editing them).")
  boolean dev;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put("port", port == null ? null : port.toString());
    flags.put("bind", bind);
    App app = common.app(flags);
    StraitsConfig config = app.config();
    PrintWriter out = spec.commandLine().getOut();
    indexIfNeeded(app, out);
    if (config.onSolr()) {
      indexSolrWhenReachable(app, out);
    }
    IndexView index = app.openIndex();
    WebServer server = app.webServer(index, web == null ? StraitsConfig.webRoot() : web, config.bind(), config.port(), !dev);
    int bound;
    try {
      bound = server.start();
    } catch (PortInUseException e) {
      server.stop();
      closeQuietly(index);
      throw new IllegalStateException(e.getMessage() + " (another './straits serve'?). Stop that program, or choose "
          + "another port with --port N (--port 0 picks a free one).", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      closeQuietly(index);
      stopped.countDown();
    }, "straits-shutdown"));
    out.printf("Straits is serving %s at http://%s:%d/  (Ctrl-C stops it)%n", index.path(), hostForUrl(config.bind()), bound);
    out.flush();
    // In the background: the port already answers; the first reader no longer pays the first search.
    server.warmUp();
    stopped.await();
    return 0;
  }

  /**
   * A fresh clone has no index: build one from the source folder (seeds/) so the site has
   * content. An index from an older schema or another gazetteer is rebuilt the same way.
   */
  /**
   * Backend solr: the collection is brought up to date first when it is missing or stale. (The
   * embedded index beside it takes review decisions at once; the collection at its next rebuild.)
   */
  private static void indexSolrIfNeeded(App app, PrintWriter out) throws Exception {
    try (org.straits.solr.SolrCluster cluster = app.solrCluster()) {
      org.straits.solr.SolrIndexer indexer = app.solrIndexer(cluster);
      String reason = indexer.staleness(app.config().stateDir());
      if (reason == null) {
        return;
      }
      out.printf("Indexing %s into SolrCloud collection %s first (%s) …%n", app.config().source(),
          app.config().solrCollection(), reason);
      out.flush();
      IndexRunSummary summary = indexer.run(app.config().source(), app.config().stateDir(), false,
          IndexProgress.Listener.NONE);
      out.printf("Indexed %d documents into Solr in %.1f s%n", summary.totalDocuments(), summary.elapsed().toMillis() / 1000.0);
    }
  }

  /**
   * Backend solr, Solr not answering: the site starts anyway and says why on every search (a 503
   * naming the Solr URLs); each search asks Solr again, so they answer as soon as Solr does. The
   * collection is brought up to date in the background once Solr is reachable.
   */
  private static void indexSolrWhenReachable(App app, PrintWriter out) throws Exception {
    try {
      indexSolrIfNeeded(app, out);
    } catch (EngineUnavailableException e) {
      out.printf("Warning: %s%nServing anyway: searches answer 'the search engine cannot be reached' until Solr is up "
          + "(checked again every %d s; no restart needed).%n", e.getMessage(), SOLR_RETRY.toSeconds());
      out.flush();
      Thread.ofPlatform().daemon().name("straits-solr-catch-up").start(() -> catchUpWhenReachable(app, out));
    }
  }

  private static void catchUpWhenReachable(App app, PrintWriter out) {
    while (true) {
      try {
        Thread.sleep(SOLR_RETRY.toMillis());
        indexSolrIfNeeded(app, out);
        out.printf("Solr answers again: collection %s is up to date%n", app.config().solrCollection());
        out.flush();
        return;
      } catch (EngineUnavailableException e) {
        // Still away: the next search or the next round asks again.
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        out.printf("Warning: indexing into Solr failed: %s (run ./straits index --backend solr to see why)%n", e.getMessage());
        out.flush();
        return;
      }
    }
  }

  private static void indexIfNeeded(App app, PrintWriter out) throws Exception {
    Path dir = app.config().index();
    Indexer indexer = app.indexer();
    String reason = indexer.staleness(dir);
    if (reason == null) {
      return;
    }
    out.printf("Indexing %s into %s first (%s) …%n", app.config().source(), dir, reason);
    out.flush();
    IndexRunSummary summary = app.runHistory().recordRun(RunHistory.commandLineUser("serve"), false,
        () -> indexer.run(app.config().source(), dir, false, IndexProgress.Listener.NONE));
    out.printf("Indexed %d documents in %.1f s%s%n", summary.totalDocuments(), summary.elapsed().toMillis() / 1000.0,
        summary.failures() > 0 ? " (" + summary.failures() + " files failed: see ./straits index)" : "");
  }

  private static String hostForUrl(String bind) {
    if (bind.equals("0.0.0.0") || bind.equals("::")) {
      return "localhost";
    }
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }

  private static void closeQuietly(IndexView index) {
    try {
      index.close();
    } catch (java.io.IOException ignored) {
      // Shutting down: nothing useful to do with a close failure.
    }
  }
}
