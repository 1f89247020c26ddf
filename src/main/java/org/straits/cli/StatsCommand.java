package org.straits.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.straits.App;
import org.straits.search.IndexStatistics;
import org.straits.search.IndexView;
import org.straits.search.SearchJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = "Show what the index holds: documents, languages, facet cardinalities, size on disk and last commit.")
final class StatsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print as JSON.") boolean json;

  @Option(names = "--files", description = "Also print the embedded index's bytes by Lucene file extension "
      + "(tim terms, doc/pos/pay postings, fdt stored text, dvd doc values, …): what each structure costs.")
  boolean files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    App app = common.app();
    IndexStatistics stats;
    if (app.config().onSolr()) {
      try (org.straits.solr.SolrCluster cluster = app.solrCluster()) {
        stats = app.solrEngine(cluster).statistics();
      }
    } else {
      try (IndexView index = app.openIndex()) {
        stats = IndexStatistics.read(index);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(SearchJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(stats));
      return 0;
    }
    out.printf("index:       %s%n", index(app));
    out.printf("documents:   %,d%n", stats.documents());
    out.printf("languages:   %s%n", counts(stats.languages()));
    out.printf("facets:      %s distinct values%n", counts(stats.facetCardinalities()));
    out.printf("entities:    %,d distinct regions and actors mentioned%n", stats.distinctEntities());
    if (stats.sizeBytes() >= 0) {
      out.printf("size:        %.1f MB in %d segments%n", stats.sizeBytes() / 1e6, stats.segments());
    }
    out.printf("committed:   %s%n", moment(stats.lastCommit()));
    if (files && app.config().onSolr()) {
      out.println("files:       none to list: the index is a Solr collection (--files reads an embedded index)");
    } else if (files) {
      printFileSizes(out, org.straits.bench.IndexFileSizes.of(app.config().index()));
    }
    return 0;
  }

  private static void printFileSizes(PrintWriter out, java.util.Map<String, Long> sizes) {
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    sizes.forEach((ext, size) -> out.printf("  %-5s %9.2f MB %5.1f%%%n", ext, size / 1e6, 100.0 * size / Math.max(1, total)));
  }

  /** {@code {en=5787, zh=16831}} as people write it: "en 5,787, zh 16,831". */
  private static String counts(java.util.Map<String, ? extends Number> counts) {
    return counts.entrySet().stream().map(e -> String.format("%s %,d", e.getKey(), e.getValue().longValue()))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** An ISO instant to the second, in UTC: "2026-12-01 09:39:06 UTC". */
  private static String moment(String iso) {
    try {
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
          .format(java.time.Instant.parse(iso).atOffset(java.time.ZoneOffset.UTC));
    } catch (java.time.format.DateTimeParseException unknown) {
      return iso;
    }
  }

  private static String index(App app) {
    return app.config().index().toAbsolutePath().normalize().toString();
  }
}
