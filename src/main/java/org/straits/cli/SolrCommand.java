package org.straits.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.straits.solr.AnalysisParity;
import org.straits.solr.LocalSolrCloud;
import org.straits.solr.SolrConfigset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code straits solr …}: a local SolrCloud to try the solr engine, and its configset. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = "SolrCloud: a local cluster to try the solr engine, the configset, analysis parity.",
    subcommands = {SolrCommand.Start.class, SolrCommand.Configset.class, SolrCommand.Parity.class})
final class SolrCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static Path home() {
    return Path.of(System.getProperty("straits.home", ".")).toAbsolutePath();
  }

  @Command(name = "start", mixinStandardHelpOptions = true, description = {
      "Start a real SolrCloud (Solr 9.10, embedded ZooKeeper) in its own JVM and print",
      "'solr-urls: URL1,URL2' when it is ready. Ctrl-C or SIGTERM stops it cleanly."})
  static final class Start implements Callable<Integer> {
    @Option(names = "--nodes", paramLabel = "N", description = "Solr nodes (default 2).")
    int nodes = 2;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the nodes keep their data (default: a temporary folder).")
    Path dir;

    @Option(names = "--port", paramLabel = "P", description = "Node i listens on P+i-1 (default: free ports).")
    int port;

    @Override
    public Integer call() throws Exception {
      if (nodes < 1 || nodes > 9) {
        throw new IllegalArgumentException("--nodes must be between 1 and 9, not " + nodes);
      }
      Process process = new ProcessBuilder(LocalSolrCloud.command(home(), nodes, dir, port))
          .redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
      Thread stop = new Thread(() -> {
        process.destroy();
        try {
          process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      Runtime.getRuntime().addShutdownHook(stop);
      return process.waitFor();
    }
  }

  @Command(name = "configset", mixinStandardHelpOptions = true, description = {
      "Write the configset Straits uploads when it creates a collection, for an administrator",
      "who deploys it by hand (bin/solr zk upconfig -n straits -d DIR)."})
  static final class Configset implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write (created).")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      SolrConfigset.write(out);
      spec.commandLine().getOut().println("wrote configset to " + out + " (" + String.join(", ", SolrConfigset.files().keySet()) + ")");
      return 0;
    }
  }

  @Command(name = "parity", mixinStandardHelpOptions = true, description = {
      "Analyse documents with Straits' chain and with the configset's stock-factory chain and",
      "count the term occurrences that differ."})
  static final class Parity implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines files (title, body); default: the shared Guardian and CCTV corpora.")
    List<Path> corpora;

    @Option(names = "--docs", paramLabel = "N", description = "Documents per file (default 2000).")
    int docs = 2000;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<Path> files = corpora != null ? corpora : List.of(
          SharedData.require("corpus/guardian.jsonl", "--corpus"), SharedData.require("corpus/cctv-xwlb.jsonl", "--corpus"));
      PrintWriter out = spec.commandLine().getOut();
      ObjectMapper json = new ObjectMapper();
      for (Path file : files) {
        List<String> texts = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          while (texts.size() < docs && (line = lines.readLine()) != null) {
            JsonNode doc = json.readTree(line);
            texts.add(doc.path("title").asText("") + "\n" + doc.path("body").asText(""));
          }
        }
        for (AnalysisParity.Result r : AnalysisParity.measure(texts)) {
          out.printf("%s, %s: %d documents, %d terms, %d differ (%.2f%%), %d documents differ (%.1f%%)%n",
              file.getFileName(), r.chain(), r.documents(), r.straitsTerms(), r.differingTerms(),
              100 * r.differingShare(), r.differingDocuments(), 100.0 * r.differingDocuments() / Math.max(1, r.documents()));
        }
      }
      return 0;
    }
  }
}
