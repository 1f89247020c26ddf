package org.straits.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    try (IndexView index = app.openIndex()) {
      result = app.searchService(index).search(request);
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
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put(FacetDims.REGION, regions);
    filters.put(FacetDims.ACTOR, actors);
    filters.put(FacetDims.AUTHOR, authors);
    filters.put(FacetDims.SOURCE, sources);
    filters.put(FacetDims.LANG, langs);
    return new SearchRequest(String.join(" ", words), filters, DateBounds.from(from), DateBounds.to(to),
        sort == null ? null : SortOrder.parse(sort), page, size, facetLimit, exact, allVersions);
  }
}
