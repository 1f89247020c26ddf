package org.straits.solr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;
import org.straits.schema.FacetDim;
import org.straits.search.FacetNode;
import org.straits.search.SearchResult;

/**
 * Reads a JSON Facet API answer (depth-prefixed path terms with counts) into Straits' facet
 * values, trees and the date histogram.
 */
final class SolrFacets {
  /** dim → path term → count. */
  private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

  SolrFacets(NamedList<?> facets) {
    for (FacetDim dim : FacetDim.values()) {
      Map<String, Long> terms = new LinkedHashMap<>();
      Object facet = facets == null ? null : facets.get(dim.id());
      if (facet instanceof NamedList<?> list && list.get("buckets") instanceof List<?> buckets) {
        for (Object bucket : buckets) {
          NamedList<?> b = (NamedList<?>) bucket;
          terms.put(String.valueOf(b.get("val")), ((Number) b.get("count")).longValue());
        }
      }
      counts.put(dim.id(), terms);
    }
  }

  /** The children of {@code parent} in {@code dim}, most frequent first, then by value. */
  List<FacetNode> children(String dim, List<String> parent, int depth, int limit) {
    String prefix = SolrFields.childPrefix(parent);
    List<FacetNode> nodes = new ArrayList<>();
    counts.getOrDefault(dim, Map.of()).forEach((term, count) -> {
      if (term.startsWith(prefix) && term.indexOf(SolrFields.SEPARATOR, prefix.length()) < 0) {
        List<String> path = SolrFields.path(term);
        List<FacetNode> below = depth > 0 ? children(dim, path, depth - 1, limit) : List.of();
        nodes.add(new FacetNode(SolrFields.label(term), count, path, below));
      }
    });
    nodes.sort(Comparator.comparingLong((FacetNode n) -> -n.count()).thenComparing(FacetNode::value));
    return nodes.size() > limit ? List.copyOf(nodes.subList(0, limit)) : nodes;
  }

  /** Every dimension's top values; the date's are the histogram's bins, in time order. */
  Map<String, List<SearchResult.FacetValue>> values(int limit, SearchResult.Histogram histogram) {
    Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();
    if (limit == 0) {
      return values;
    }
    for (FacetDim dim : FacetDim.values()) {
      if (dim == FacetDim.DATE) {
        values.put(dim.id(), histogram.bins());
        continue;
      }
      values.put(dim.id(), children(dim.id(), List.of(), 0, limit).stream()
          .map(n -> new SearchResult.FacetValue(n.value(), n.count(), n.path())).toList());
    }
    return values;
  }

  Map<String, List<FacetNode>> trees(int depth, int limit) {
    Map<String, List<FacetNode>> trees = new LinkedHashMap<>();
    if (depth == 0) {
      return trees;
    }
    for (FacetDim dim : List.of(FacetDim.REGION, FacetDim.ACTOR)) {
      trees.put(dim.id(), children(dim.id(), List.of(), depth - 1, limit));
    }
    return trees;
  }

  /**
   * The histogram of {@code from}–{@code to} (either may be null: the extent of the matching
   * dates): days up to three months, months up to two years, else years; every bin present.
   */
  SearchResult.Histogram histogram(LocalDate from, LocalDate to) {
    Map<String, Long> days = new LinkedHashMap<>();
    counts.get(FacetDim.DATE.id()).forEach((term, count) -> {
      if (term.startsWith("2" + SolrFields.SEPARATOR)) {
        days.put(SolrFields.label(term), count);
      }
    });
    if (days.isEmpty() && (from == null || to == null)) {
      return SearchResult.Histogram.EMPTY;
    }
    LocalDate first = from != null ? from : days.keySet().stream().map(LocalDate::parse).min(Comparator.naturalOrder()).orElse(to);
    LocalDate last = to != null ? to : days.keySet().stream().map(LocalDate::parse).max(Comparator.naturalOrder()).orElse(from);
    String unit = ChronoUnit.MONTHS.between(first, last) < 3 ? "day"
        : ChronoUnit.MONTHS.between(first, last) < 24 ? "month" : "year";
    Map<String, Long> bins = new LinkedHashMap<>();
    for (LocalDate at = first; !at.isAfter(last); at = next(at, unit)) {
      bins.put(key(at, unit), 0L);
    }
    days.forEach((day, count) -> {
      LocalDate date = LocalDate.parse(day);
      if (!date.isBefore(first) && !date.isAfter(last)) {
        bins.merge(key(date, unit), count, Long::sum);
      }
    });
    List<SearchResult.FacetValue> values = new ArrayList<>();
    bins.forEach((key, count) -> values.add(new SearchResult.FacetValue(key, count, List.of(key))));
    return new SearchResult.Histogram(unit, first, last, values);
  }

  private static LocalDate next(LocalDate at, String unit) {
    return switch (unit) {
      case "day" -> at.plusDays(1);
      case "month" -> YearMonth.from(at).plusMonths(1).atDay(1);
      default -> LocalDate.of(at.getYear() + 1, 1, 1);
    };
  }

  private static String key(LocalDate date, String unit) {
    return switch (unit) {
      case "day" -> date.toString();
      case "month" -> date.toString().substring(0, 7);
      default -> date.toString().substring(0, 4);
    };
  }

  Map<String, Long> terms(String dim) {
    return counts.getOrDefault(dim, Map.of());
  }
}
