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
import org.straits.solr.LocalSolrCloud;
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
        "--cost also indexes the whole corpus (full rebuild) with grouping and without, --rounds times each.",
        "--solr also indexes the set into a local 2-node SolrCloud (started for the run) with --backend solr's "
            + "indexer: Solr's precision and recall, and the pairs the two engines group differently."})
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
  @Option(names = "--solr", description = "Also measure the Solr engine's grouping and compare it with the embedded one's.")
  boolean solr;
  @Option(names = "--solr-sample", paramLabel = "N",
      description = "With --solr: also index the N newest dated documents of each corpus file into both engines and compare "
          + "their groups (default: ${DEFAULT-VALUE}; 0 skips).")
  int solrSample = 2_000;
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
    int threads = Runtime.getRuntime().availableProcessors();
    NearDuplicateEval.Grouped embedded = NearDuplicateEval.groupEmbedded(NearDuplicateEval.documents(items),
        scratch.resolve("set"), threads);
    printReport(out, NearDuplicateEval.report(items, embedded.groups()));
    if (solr) {
      printSolr(out, items, embedded, files, scratch.resolve("solr"), threads);
    }
    if (cost) {
      printCost(out, CorpusFiles.read(files), scratch.resolve("cost"));
    }
    return 0;
  }

  /** The set on Solr, then the newest real documents on both engines. */
  private void printSolr(PrintWriter out, List<NearDuplicateSet.Item> items, NearDuplicateEval.Grouped embedded,
      List<Path> corpus, Path work, int threads) throws Exception {
    out.println("on Solr (a local 2-node SolrCloud):");
    out.flush();
    try (LocalSolrCloud cloud = LocalSolrCloud.start(Path.of(System.getProperty("straits.home", ".")).toAbsolutePath(), 2,
        null, 0)) {
      long start = System.nanoTime();
      Map<String, Long> groups = NearDuplicateEval.groupOnSolr(embedded.source(), work.resolve("set"), threads,
          cloud.urls(), "straits_dups_set");
      out.printf("indexed into Solr in %.1f s%n", (System.nanoTime() - start) / 1e9);
      printReport(out, NearDuplicateEval.report(items, groups));
      printDisagreement(out, NearDuplicateEval.compare(embedded.groups(), groups));
      if (solrSample > 0) {
        List<SourceDocument> newest = new java.util.ArrayList<>();
        for (Path file : corpus) {
          CorpusFiles.read(List.of(file)).stream().filter(d -> d.date() != null)
              .sorted(java.util.Comparator.comparing(SourceDocument::date).reversed()).limit(solrSample).forEach(newest::add);
        }
        NearDuplicateEval.Grouped real = NearDuplicateEval.groupEmbedded(newest, work.resolve("real-embedded"), threads);
        Map<String, Long> onSolr = NearDuplicateEval.groupOnSolr(real.source(), work.resolve("real-solr"), threads,
            cloud.urls(), "straits_dups_real");
        out.printf("the %d newest dated documents of each corpus file, %d in all: %d folded on the embedded engine, "
            + "%d on Solr, in %d and %d groups%n", solrSample, newest.size(), folded(real.groups()), folded(onSolr),
            groups(real.groups()), groups(onSolr));
        printDisagreement(out, NearDuplicateEval.compare(real.groups(), onSolr));
      }
    }
  }

  /** Groups of more than one document. */
  private static long groups(Map<String, Long> groups) {
    return sizes(groups).stream().filter(n -> n > 1).count();
  }

  /** Documents folded into another's story: each group's size less one. */
  private static long folded(Map<String, Long> groups) {
    return sizes(groups).stream().mapToLong(n -> n - 1).sum();
  }

  private static java.util.Collection<Long> sizes(Map<String, Long> groups) {
    Map<Long, Long> sizes = new java.util.HashMap<>();
    groups.values().forEach(g -> sizes.merge(g, 1L, Long::sum));
    return sizes.values();
  }

  private static void printDisagreement(PrintWriter out, NearDuplicateEval.Disagreement d) {
    out.printf("pairs grouped by the embedded engine only: %d, by Solr only: %d%n", d.onlyFirst(), d.onlySecond());
    d.examples().forEach(pair -> out.println("  " + pair));
    out.flush();
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
