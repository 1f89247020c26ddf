package org.straits.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;

/** Prints search results for a person at a terminal. */
final class ResultPrinter {
  private final PrintWriter out;
  private final String markOpen;
  private final String markClose;

  ResultPrinter(PrintWriter out, boolean terminal) {
    this.out = out;
    this.markOpen = terminal ? "\u001b[1;33m" : "«";
    this.markClose = terminal ? "\u001b[0m" : "»";
  }

  void print(SearchResult result, SearchRequest request) {
    for (SearchResult.Notice notice : result.notices()) {
      out.println("note: " + notice.text());
    }
    out.printf("%d result%s (%d ms), page %d%n%n", result.total(), result.total() == 1 ? "" : "s",
        result.tookMs(), request.page());
    if (result.hidden() > 0) {
      out.printf("(%d repost%s folded into their stories; --all-versions lists them)%n%n", result.hidden(),
          result.hidden() == 1 ? "" : "s");
    }
    int rank = request.offset();
    for (SearchResult.Hit hit : result.hits()) {
      printHit(++rank, hit);
    }
    if (result.hits().isEmpty() && result.total() > 0) {
      out.println("(no results on this page; there are " + result.total() + " in all)");
    }
    printFacets(result.facets());
  }

  private void printHit(int rank, SearchResult.Hit hit) {
    out.printf("%2d. %s%n", rank, terminalText(hit.titleHtml().isEmpty() ? "(untitled)" : hit.titleHtml()));
    String meta = List.of(hit.date(), String.join(", ", hit.authors()), hit.source(), hit.lang()).stream()
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
    out.printf("    %s  [%s]%n", meta, hit.id());
    if (!hit.regions().isEmpty() || !hit.actors().isEmpty()) {
      out.printf("    regions: %s | actors: %s%n", limit(hit.regions()), limit(hit.actors()));
    }
    for (String snippet : hit.snippets()) {
      out.println("    … " + terminalText(snippet) + " …");
    }
    if (!hit.versions().isEmpty()) {
      out.printf("    %d other version%s: %s%n", hit.versions().size(), hit.versions().size() == 1 ? "" : "s",
          String.join(", ", hit.duplicates()));
    }
    out.println();
  }

  private void printFacets(Map<String, List<SearchResult.FacetValue>> facets) {
    facets.forEach((dim, values) -> {
      if (values.isEmpty()) {
        return;
      }
      // The date histogram lists every period of the range; the empty ones say nothing here.
      String shown = values.stream().filter(v -> v.count() > 0)
          .map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", "));
      if (shown.isEmpty()) {
        return;
      }
      out.printf("%-7s %s%n", dim + ":", shown);
    });
  }

  private static String limit(List<String> names) {
    return names.isEmpty() ? "-" : names.stream().limit(6).collect(Collectors.joining(", ")) + (names.size() > 6 ? ", …" : "");
  }

  /** Snippet HTML to terminal text: marks become highlighting, entities become characters. */
  private String terminalText(String html) {
    return html.replace("<mark>", markOpen).replace("</mark>", markClose)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
