package org.straits.cli;

import org.straits.solr.SolrCluster;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.straits.App;
import org.straits.admin.RunHistory;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.ingest.IngestProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Index the source folder: new and changed files in, removed files out.",
      "Incremental by default: new and changed files are indexed, removed files deleted, unchanged files "
          + "skipped. Searches see the new state only when the run commits, so a server on the same index "
          + "keeps answering throughout. The run is listed under \"Last runs\" on the admin page."
    })
final class IndexCommand implements Callable<Integer> {
  private static final int MAX_LISTED_PROBLEMS = 50;
  /**
   * Set by the launcher when this run records its AOT training: a file to write the number of
   * documents indexed to, so that it keeps the recording only of a run with enough work in it.
   */
  static final String AOT_RUN_PROPERTY = "straits.aot.run";

  @Mixin CommonOptions common;

  @Option(names = "--full", description = "Rebuild the whole index from the source folder; searches see the old index until the new one is complete.")
  boolean full;

  @Option(names = "--threads", paramLabel = "N", description = "Number of indexing threads (default: the number of cores).")
  Integer threads;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    App app = common.app(threads == null ? java.util.Map.of() : java.util.Map.of("threads", threads.toString()));
    PrintWriter out = spec.commandLine().getOut();
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), System.console() != null);
    IndexRunSummary summary;
    try {
      summary = app.runHistory().recordRun(RunHistory.commandLineUser("index"), full, () -> {
        if (app.config().onSolr()) {
          try (SolrCluster cluster = app.solrCluster()) {
            return app.solrIndexer(cluster).run(app.config().source(), app.config().stateDir(), full, progress);
          }
        }
        return app.indexer().run(app.config().source(), app.config().index(), full, progress);
      });
    } finally {
      progress.finish();
    }
    printSummary(out, app, summary);
    tellLauncher(summary);
    return 0;
  }

  private static void tellLauncher(IndexRunSummary summary) {
    String file = System.getProperty(AOT_RUN_PROPERTY);
    if (file == null) {
      return;
    }
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of(file), summary.documentsIndexed() + "\n");
    } catch (java.io.IOException | RuntimeException e) {
      // Nothing to tell the user: without the count the launcher drops this recording and the next run records.
    }
  }

  private static void printSummary(PrintWriter out, App app, IndexRunSummary s) {
    String target = app.config().onSolr()
        ? "SolrCloud collection " + app.config().solrCollection() + " at " + String.join(",", app.config().solrUrls())
        : app.config().index().toString();
    out.printf("Indexed %s into %s%s%n", app.config().source(), target,
        s.fullRebuild() ? " (full rebuild: " + s.rebuildReason() + ")" : " (incremental)");
    out.printf("  files:     %,d new, %,d changed, %,d removed, %,d unchanged, %,d failed%n",
        s.filesAdded(), s.filesChanged(), s.filesRemoved(), s.filesUnchanged(), s.failures());
    out.printf("  documents: %,d indexed, %,d deleted, %,d in the index%n",
        s.documentsIndexed(), s.documentsDeleted(), s.totalDocuments());
    if (s.documentsExcluded() > 0) {
      out.printf("  excluded:  %s skipped: deleted by an administrator but still in the source folder"
          + " (restore them on the admin page, /admin)%n", documents(s.documentsExcluded()));
    }
    double seconds = s.elapsed().toMillis() / 1000.0;
    if (IndexRunSummary.meaningful(s.documentsIndexed(), s.elapsed())) {
      out.printf("  time:      %.1f s (%,.0f documents/s)%n", seconds, s.documentsPerSecond());
    } else {
      out.printf("  time:      %.1f s%n", seconds);
    }
    printProblems(out, "Failed (skipped)", s.problems().stream().filter(IngestProblem::fatal).toList());
    printProblems(out, "Warnings", s.warnings());
  }

  private static String documents(long n) {
    return String.format("%,d %s", n, n == 1 ? "document" : "documents");
  }

  private static void printProblems(PrintWriter out, String heading, List<IngestProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.printf("%s: %d%n", heading, problems.size());
    problems.stream().limit(MAX_LISTED_PROBLEMS).forEach(p -> out.println("  " + p));
    if (problems.size() > MAX_LISTED_PROBLEMS) {
      out.printf("  … and %d more%n", problems.size() - MAX_LISTED_PROBLEMS);
    }
  }

  /** A progress line redrawn in place on a terminal; silent when output is redirected. */
  private static final class ProgressLine implements IndexProgress.Listener {
    private final PrintWriter err;
    private final boolean terminal;
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void onProgress(IndexProgress p) {
      if (!terminal) {
        return;
      }
      err.printf("\r  documents %,d of about %,d (%d%%)  files %,d/%,d  %,.0f/s  failures %,d   ",
          p.documentsDone(), p.documentsExpected(), p.percentDone(), p.filesDone(), p.filesTotal(),
          p.documentsPerSecond(), p.failures());
      err.flush();
      drawn = true;
    }

    void finish() {
      if (drawn) {
        err.println();
      }
    }
  }
}
