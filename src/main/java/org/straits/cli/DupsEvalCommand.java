package org.straits.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.straits.App;
import org.straits.bench.CorpusFiles;
import org.straits.bench.IndexingBench;
import org.straits.eval.NearDuplicateEval;
import org.straits.eval.NearDuplicateSet;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.ingest.SourceDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code straits eval dups}: precision and recall of repost grouping, and what it costs to index. */
@Command(name = "dups", mixinStandardHelpOptions = true,
    description = {
        "Measure near-duplicate (repost) grouping on a set built from the real corpus: sampled "
            + "originals, edited copies of each (title edited, a paragraph dropped, a paragraph of "
            + "another story added, another source with title and paragraph edits, simplified "
            + "converted to traditional), and true non-duplicates on the same topic (the corpus "
            + "stories sharing the most title words). Pairs in one group are compared with the truth.",
        "--cost also indexes the whole corpus (full rebuild) with grouping and without, --rounds times each."})
final class DupsEvalCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder with guardian.jsonl and cctv-xwlb.jsonl (default: ../shared/corpus).")
  Path corpus;
  @Option(names = "--originals", description = "Originals sampled per corpus file (default: ${DEFAULT-VALUE}).")
  int originals = 150;
  @Option(names = "--neighbours", description = "Same-topic non-duplicates per original (default: ${DEFAULT-VALUE}).")
  int neighbours = 2;
  @Option(names = "--seed", description = "Sampling seed (default: ${DEFAULT-VALUE}).")
  long seed = 13;
  @Option(names = "--cost", description = "Also time full indexing of the corpus with and without grouping.")
  boolean cost;
  @Option(names = "--rounds", description = "Indexing runs per variant with --cost (default: ${DEFAULT-VALUE}).")
  int rounds = 2;
  @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary one).")
  Path work;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path dir = corpus != null ? corpus : SharedData.require("corpus", "--corpus");
    // A fresh folder per run: files left by an earlier run would be indexed too.
    Path scratch = work != null ? Files.createTempDirectory(Files.createDirectories(work), "run") : Files.createTempDirectory("straits-dups");
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = List.of(dir.resolve("guardian.jsonl"), dir.resolve("cctv-xwlb.jsonl"));
    List<NearDuplicateSet.Item> items = new java.util.ArrayList<>();
    for (Path file : files) {
      items.addAll(NearDuplicateSet.build(CorpusFiles.read(List.of(file)), originals, neighbours, seed));
    }
    NearDuplicateEval.Report report = NearDuplicateEval.run(items, scratch.resolve("set"), Runtime.getRuntime().availableProcessors());
    printReport(out, report);
    if (cost) {
      printCost(out, CorpusFiles.read(files), scratch.resolve("cost"));
    }
    return 0;
  }

  private static void printReport(PrintWriter out, NearDuplicateEval.Report r) {
    out.printf("documents %d; pairs: true %d, grouped %d, correct %d%n", r.documents(), r.truePairs(),
        r.predictedPairs(), r.correctPairs());
    out.printf("precision %.3f  recall %.3f%n", r.precision(), r.recall());
    for (Map.Entry<String, int[]> edit : r.recallByEdit().entrySet()) {
      out.printf("  %-12s %d/%d copies grouped with their original%n", edit.getKey(), edit.getValue()[0], edit.getValue()[1]);
    }
    r.falsePairs().forEach(pair -> out.println("  false pair: " + pair));
  }

  /**
   * The two parts of the cost on their own: signatures of every document (one thread), and the
   * grouping pass over an index whose documents are all new (as at the end of a full rebuild).
   */
  private static void printParts(PrintWriter out, List<SourceDocument> docs, Path source, Path work) throws Exception {
    for (int round = 0; round < 2; round++) { // the first round warms the JIT up
      long start = System.nanoTime();
      long cpu = cpuNanos();
      for (SourceDocument doc : docs) {
        org.straits.analysis.NearDuplicateSignature.of(doc.title(), doc.body()).bandKeys();
      }
      out.printf("signatures: wall %.1f s, cpu %.1f s for %d documents on one thread%n", (System.nanoTime() - start) / 1e9,
          (cpuNanos() - cpu) / 1e9, docs.size());
    }
    Path index = work.resolve("index-ungrouped");
    App app = IndexingBench.app(source, index, null, Runtime.getRuntime().availableProcessors());
    app.indexer(true, false).run(source, index, true, IndexProgress.Listener.NONE);
    long pass = System.nanoTime();
    long cpu = cpuNanos();
    org.straits.index.DuplicateGroups.updateAndCommit(index);
    out.printf("grouping pass: wall %.1f s, cpu %.1f s for %d new documents (with opening the index and the commit)%n",
        (System.nanoTime() - pass) / 1e9, (cpuNanos() - cpu) / 1e9, docs.size());
  }

  /** Alternates the variants so that load from other processes spreads over both. */
  private void printCost(PrintWriter out, List<SourceDocument> docs, Path work) throws Exception {
    Path source = work.resolve("source");
    CorpusFiles.write(docs, source, 2_000);
    printParts(out, docs, source, work);
    for (int round = 1; round <= rounds; round++) {
      for (boolean grouping : new boolean[] {false, true}) {
        Path index = work.resolve("index-" + grouping);
        App app = IndexingBench.app(source, index, null, Runtime.getRuntime().availableProcessors());
        long cpu = cpuNanos();
        long start = System.nanoTime();
        IndexRunSummary summary = app.indexer(grouping).run(source, index, true, IndexProgress.Listener.NONE);
        out.printf("round %d grouping %-5s: %d docs, wall %.1f s, cpu %.1f s, %d MB on disk%n", round, grouping,
            summary.documentsIndexed(), (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9,
            IndexingBench.sizeOnDisk(index) >> 20);
        out.flush();
      }
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
