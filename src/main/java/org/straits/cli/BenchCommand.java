package org.straits.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.straits.bench.BenchOptions;
import org.straits.bench.BenchReport;
import org.straits.bench.BenchRunner;
import org.straits.bench.HttpSystem;
import org.straits.search.SearchJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Benchmark indexing and search against plain Lucene and SQLite FTS5.",
      "Runs on the real corpora and on seeded synthetic corpora of growing size, side by side with plain "
          + "Lucene and SQLite FTS5; prints tables and writes a JSON report under target/bench/."
    })
final class BenchCommand implements Callable<Integer> {
  /** One client gives the latencies the targets compare; four, more than the cores, shows the throughput ceiling. */
  private static final List<Integer> HTTP_CLIENTS = List.of(1, 4);
  private static final int QUERIES_PER_KIND = 25;
  private static final int ROUNDS = 3;
  private static final double SECONDS_PER_SYSTEM = 15;
  /**
   * {@code --quick}: a smaller mix, one measured pass and a shorter time limit (which also halves
   * the readers-first phases) — together with one synthetic corpus of 1,000 documents, about a
   * minute on a quiet 2-core machine, every peer, table and target row still there.
   */
  private static final int QUICK_QUERIES_PER_KIND = 3;
  private static final int QUICK_ROUNDS = 1;
  private static final double QUICK_SECONDS_PER_SYSTEM = 6;

  @Option(names = "--corpus", paramLabel = "FILE", description = "Real JSON Lines corpus (repeatable; default: ../shared/corpus/guardian.jsonl and cctv-xwlb.jsonl).")
  List<Path> corpus;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Synthetic corpus sizes (default: 10000,50000,200000; --quick: 1000).")
  List<Integer> sizes;

  @Option(names = "--quick", description = "About a minute: one small synthetic corpus, a smaller query mix, one pass; every peer and table still there.")
  boolean quick;

  @Option(names = "--no-real", description = "Skip benchmarking the real corpora as they are.")
  boolean noReal;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpora and query mix (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--queries", paramLabel = "N", description = "Queries of each kind (default: 25; --quick: 3).")
  Integer queriesPerKind;

  @Option(names = "--rounds", paramLabel = "N", description = "Measured passes over the mix per client (default: 3; --quick: 1).")
  Integer rounds;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: available processors).")
  Integer threads;

  @Option(names = "--url", paramLabel = "URL", description = "Benchmark this running Straits server over HTTP (loopback only) instead of one started on the first corpus.")
  URI url;

  @Option(names = "--no-solr", description = "Skip the Straits-on-Solr peer (a local 2-node SolrCloud, first corpus only).")
  boolean noSolr;

  @Option(names = "--no-http", description = "Skip the HTTP part.")
  boolean noHttp;

  @Option(names = "--http-client", paramLabel = "lean|jdk|both", defaultValue = "both",
      description = "HTTP client of the HTTP rows: lean (a keep-alive socket, as wrk and ab), jdk (java.net.http) or both in turn, the lean one's rows for the targets (default: ${DEFAULT-VALUE}).")
  String httpClient;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "An edited entity gazetteer (default: the built-in one).")
  Path gazetteer;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the JSON report and scratch indexes go (default: target/bench).")
  Path out;

  @Option(names = "--report", paramLabel = "FILE", description = "Print the tables of a saved JSON report instead of running.")
  Path savedReport;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (savedReport != null) {
      new BenchTables(spec.commandLine().getOut()).print(SearchJson.mapper().readValue(savedReport.toFile(), BenchReport.class));
      return 0;
    }
    Path outDir = out != null ? out : SharedData.home().resolve("target/bench");
    BenchOptions options = options(outDir);
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    // Each step with the run's elapsed time, so a slow run says where its time went.
    BenchReport report = new BenchRunner(options, message -> err.printf("bench: %5.0f s  %s%n",
        (System.nanoTime() - start) / 1e9, message)).run();
    PrintWriter stdout = spec.commandLine().getOut();
    new BenchTables(stdout).print(report);
    Path json = outDir.resolve("bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
    Files.createDirectories(outDir);
    SearchJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
    stdout.println();
    stdout.println("JSON report: " + json);
    return 0;
  }

  private BenchOptions options(Path outDir) throws org.straits.config.ConfigException {
    List<Path> files = corpus != null ? corpus : List.of(SharedData.require("corpus/guardian.jsonl", "--corpus"),
        SharedData.require("corpus/cctv-xwlb.jsonl", "--corpus"));
    List<Integer> synthetic = sizes != null ? sizes : quick ? BenchOptions.QUICK_SIZES : BenchOptions.DEFAULT_SIZES;
    int perKind = queriesPerKind != null ? queriesPerKind : quick ? QUICK_QUERIES_PER_KIND : QUERIES_PER_KIND;
    int passes = rounds != null ? rounds : quick ? QUICK_ROUNDS : ROUNDS;
    double seconds = quick ? QUICK_SECONDS_PER_SYSTEM : SECONDS_PER_SYSTEM;
    Map<String, String> flags = CommonOptions.flag("threads", threads);
    flags.putAll(CommonOptions.flag("gazetteer", gazetteer));
    org.straits.config.StraitsConfig settings = CommonOptions.settings(flags);
    int indexThreads = settings.threads();
    return new BenchOptions(files, !quick && !noReal, synthetic, seed, 0.3, perKind, passes, seconds,
        List.of(1, 2), indexThreads, !noHttp, url, HTTP_CLIENTS, outDir.resolve("work"), settings.gazetteer(),
        !noSolr, httpClients(), quick ? quickScope(synthetic, perKind, passes, seconds) : null);
  }

  /** The header line of a {@code --quick} report: what it shortened, each against the default. */
  private static String quickScope(List<Integer> synthetic, int perKind, int passes, double seconds) {
    return String.format("--quick, a smoke run: synthetic %s documents only (default: the real corpora, then %s), "
        + "%d queries of each kind (default %d), %d measured pass%s (default %d), a %.0f s limit per run that also "
        + "bounds the readers-first phases (default %.0f); every peer, table and target row as in the default run, "
        + "from smaller samples", sizes(synthetic), sizes(BenchOptions.DEFAULT_SIZES), perKind, QUERIES_PER_KIND,
        passes, passes == 1 ? "" : "es", ROUNDS, seconds, SECONDS_PER_SYSTEM);
  }

  private static String sizes(List<Integer> sizes) {
    return String.join(", ", sizes.stream().map(n -> String.format("%,d", n)).toList());
  }

  private List<HttpSystem.Client> httpClients() {
    return switch (httpClient) {
      case "lean" -> List.of(HttpSystem.Client.LEAN);
      case "jdk" -> List.of(HttpSystem.Client.JDK);
      case "both" -> BenchOptions.BOTH_CLIENTS;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--http-client is lean, jdk or both, not '" + httpClient + "'");
    };
  }
}
