package org.straits.cli;

import org.straits.solr.SolrCluster;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.straits.App;
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
    description = {
      "Index the source folder. Incremental by default: new and changed files are indexed,",
      "removed files deleted, unchanged files skipped. Searches see the new state only when",
      "the run commits, so a server on the same index keeps answering throughout."
    })
final class IndexCommand implements Callable<Integer> {
  private static final int MAX_LISTED_PROBLEMS = 50;

  @Mixin CommonOptions common;

  @Option(names = "--full", description = "Rebuild the whole index from the source folder.")
  boolean full;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: number of cores).")
  Integer threads;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    App app = common.app(threads == null ? java.util.Map.of() : java.util.Map.of("threads", threads.toString()));
    PrintWriter out = spec.commandLine().getOut();
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), System.console() != null);
    IndexRunSummary summary;
    if (app.config().onSolr()) {
      try (SolrCluster cluster = app.solrCluster()) {
        summary = app.solrIndexer(cluster).run(app.config().source(), app.config().stateDir(), full, progress);
      }
    } else {
      summary = app.indexer().run(app.config().source(), app.config().index(), full, progress);
    }
    progress.finish();
    printSummary(out, app, summary);
    return 0;
  }

  private static void printSummary(PrintWriter out, App app, IndexRunSummary s) {
    String target = app.config().onSolr()
        ? "SolrCloud collection " + app.config().solrCollection() + " at " + String.join(",", app.config().solrUrls())
        : app.config().index().toString();
    out.printf("Indexed %s into %s%s%n", app.config().source(), target,
        s.fullRebuild() ? " (full rebuild: " + s.rebuildReason() + ")" : " (incremental)");
    out.printf("  files:     %d new, %d changed, %d removed, %d unchanged, %d failed%n",
        s.filesAdded(), s.filesChanged(), s.filesRemoved(), s.filesUnchanged(), s.failures());
    out.printf("  documents: %d indexed, %d deleted, %d in the index%n",
        s.documentsIndexed(), s.documentsDeleted(), s.totalDocuments());
    out.printf("  time:      %.1f s (%.0f documents/s)%n", s.elapsed().toMillis() / 1000.0, s.documentsPerSecond());
    printProblems(out, "Failed (skipped)", s.problems().stream().filter(IngestProblem::fatal).toList());
    printProblems(out, "Warnings", s.warnings());
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
      err.printf("\r  files %d/%d  documents %d  %.0f/s  failures %d   ", p.filesDone(), p.filesTotal(),
          p.documentsDone(), p.documentsPerSecond(), p.failures());
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
