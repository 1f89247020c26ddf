package org.straits.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.straits.App;
import org.straits.index.FacetDims;
import org.straits.search.DateBounds;
import org.straits.search.IndexView;
import org.straits.search.SearchJson;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SortOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Search the index and print the matching documents with their facets.",
      "Words may be English or Chinese (traditional or simplified). The query understands \"phrases\", "
          + "AND / OR / NOT, +required and -excluded words, the fields title:, author:, source: and lang:, "
          + "and prefix*. Repeated values of one filter are OR-ed; different filters are AND-ed."
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words; none browses everything, newest first.")
  List<String> words = List.of();

  @Option(names = "--region", paramLabel = "R", description = "Region: name, entity id or path (Taiwan/Kinmen).") List<String> regions = List.of();
  @Option(names = "--actor", paramLabel = "A", description = "Actor: name, entity id or path.") List<String> actors = List.of();
  @Option(names = "--author", paramLabel = "X", description = "Author, as listed in the author facet.") List<String> authors = List.of();
  @Option(names = "--source-name", paramLabel = "S", description = "Publishing source, as listed in the source facet.") List<String> sources = List.of();
  @Option(names = "--lang", paramLabel = "L", description = "Language: en, zh.") List<String> langs = List.of();
  @Option(names = "--not-region", paramLabel = "R", description = "Leave out documents in this region (repeatable).") List<String> notRegions = List.of();
  @Option(names = "--not-actor", paramLabel = "A", description = "Leave out documents naming this actor (repeatable).") List<String> notActors = List.of();
  @Option(names = "--not-author", paramLabel = "X", description = "Leave out documents by this author (repeatable).") List<String> notAuthors = List.of();
  @Option(names = "--not-source-name", paramLabel = "S", description = "Leave out documents from this source (repeatable).") List<String> notSources = List.of();
  @Option(names = "--not-lang", paramLabel = "L", description = "Leave out documents in this language (repeatable).") List<String> notLangs = List.of();
  @Option(names = "--region-op", paramLabel = "OP", description = "'and': documents in every --region given; 'or' (default): in any of them.") String regionOp;
  @Option(names = "--actor-op", paramLabel = "OP", description = "'and': documents naming every --actor given; 'or' (default): any of them.") String actorOp;
  @Option(names = "--author-op", paramLabel = "OP", description = "'and': documents by every --author given; 'or' (default): any of them.") String authorOp;
  @Option(names = "--source-name-op", paramLabel = "OP", description = "'and' or 'or' (default) for several --source-name values.") String sourceOp;
  @Option(names = "--lang-op", paramLabel = "OP", description = "'and' or 'or' (default) for several --lang values.") String langOp;
  @Option(names = "--from", paramLabel = "DATE", description = "From this date (YYYY, YYYY-MM or YYYY-MM-DD).") String from;
  @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, inclusive.") String to;
  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, newest, oldest or added (default: relevance; newest without a query).") String sort;
  @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number (default: ${DEFAULT-VALUE}).") int page;
  @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page, at most 100 (default: ${DEFAULT-VALUE}).") int size;
  @Option(names = "--facets", paramLabel = "N", defaultValue = "10", description = "Values shown per facet (default: ${DEFAULT-VALUE}).") int facetLimit;
  @Option(names = "--exact", description = "Region and actor filters match only documents naming the entity itself, not its parts (Taiwan without Kinmen-only documents).") boolean exact;
  @Option(names = "--all-versions", description = "List every version of a reposted story, not the story once.") boolean allVersions;
  @Option(names = "--json", description = "Print the result as JSON (the web API's shape).") boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    App app = common.app();
    SearchRequest request = request();
    SearchResult result;
    if (app.config().onSolr()) {
      try (org.straits.solr.SolrCluster cluster = app.solrCluster()) {
        result = app.solrEngine(cluster).search(request);
      }
    } else {
      try (IndexView index = app.openIndex()) {
        result = app.searchService(index).search(request);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(SearchJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      new ResultPrinter(out, System.console() != null).print(result, request);
    }
    return 0;
  }

  private SearchRequest request() {
    Map<String, List<String>> filters = byDim(regions, actors, authors, sources, langs);
    Map<String, List<String>> excluded = byDim(notRegions, notActors, notAuthors, notSources, notLangs);
    Set<String> allOf = new LinkedHashSet<>();
    addIfAnd(allOf, FacetDims.REGION, "--region-op", regionOp);
    addIfAnd(allOf, FacetDims.ACTOR, "--actor-op", actorOp);
    addIfAnd(allOf, FacetDims.AUTHOR, "--author-op", authorOp);
    addIfAnd(allOf, FacetDims.SOURCE, "--source-name-op", sourceOp);
    addIfAnd(allOf, FacetDims.LANG, "--lang-op", langOp);
    return new SearchRequest(String.join(" ", words), filters, excluded, allOf, DateBounds.from(from), DateBounds.to(to),
        sort == null ? null : SortOrder.parse(sort), page, size, facetLimit, 0, exact, false, allVersions);
  }

  private static Map<String, List<String>> byDim(List<String> region, List<String> actor, List<String> author,
      List<String> source, List<String> lang) {
    Map<String, List<String>> byDim = new LinkedHashMap<>();
    byDim.put(FacetDims.REGION, region);
    byDim.put(FacetDims.ACTOR, actor);
    byDim.put(FacetDims.AUTHOR, author);
    byDim.put(FacetDims.SOURCE, source);
    byDim.put(FacetDims.LANG, lang);
    return byDim;
  }

  private void addIfAnd(Set<String> allOf, String dim, String option, String op) {
    if (op == null || op.equalsIgnoreCase("or")) {
      return;
    }
    if (!op.equalsIgnoreCase("and")) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " must be 'and' or 'or', not '" + op + "'");
    }
    allOf.add(dim);
  }
}
