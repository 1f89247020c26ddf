package org.straits.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.straits.index.FacetDims;
import org.straits.search.DateBounds;
import org.straits.search.SearchException;
import org.straits.search.SearchRequest;
import org.straits.search.SortOrder;

/**
 * The query parameters of one request, checked against the names a route accepts, and turned
 * into a {@link SearchRequest}: the one place where the page, the API and the export read the
 * search state from a URL, so all three agree on it.
 */
public final class RequestParams {
  public static final String QUERY = "q";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String SORT = "sort";
  public static final String PAGE = "page";
  public static final String SIZE = "size";
  /** "1": region and actor filters match documents naming the entity itself, not its parts. */
  public static final String EXACT = "exact";
  /** "show": every version of a reposted story is a hit; "hide" (the default) lists the story once. */
  public static final String DUPS = "dups";
  /** Filter parameters are named after their facet dimensions and may repeat (values OR-ed). */
  public static final List<String> FILTERS =
      List.of(FacetDims.REGION, FacetDims.ACTOR, FacetDims.AUTHOR, FacetDims.LANG, FacetDims.SOURCE);
  /** Everything that describes a search; page and size included. */
  public static final Set<String> SEARCH = searchNames();

  static final int DEFAULT_SIZE = 10;

  private final Map<String, List<String>> values;

  private RequestParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Reads Undertow's decoded parameters; an unknown name is a user error that names it. */
  public static RequestParams of(Map<String, Deque<String>> query, Set<String> allowed) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, Deque<String>> entry : query.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        String accepted = String.join(", ", new TreeSet<>(allowed));
        throw new SearchException("unknownParameter", "unknown parameter '" + shorten(entry.getKey()) + "': accepted are "
            + accepted, shorten(entry.getKey()), accepted);
      }
      values.put(entry.getKey(), List.copyOf(entry.getValue()));
    }
    return new RequestParams(Collections.unmodifiableMap(values));
  }

  /** The first value of {@code name}, stripped, or "" when absent. */
  public String first(String name) {
    List<String> all = values.getOrDefault(name, List.of());
    return all.isEmpty() ? "" : all.get(0).strip();
  }

  /** Every non-blank value of {@code name}. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  /** Every parameter, as given. */
  public Map<String, List<String>> asMap() {
    return values;
  }

  /** The search these parameters describe. */
  public SearchRequest searchRequest(int facetLimit) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : FILTERS) {
      List<String> selected = all(dim);
      if (!selected.isEmpty()) {
        filters.put(dim, new ArrayList<>(selected));
      }
    }
    String sort = first(SORT);
    return new SearchRequest(values.getOrDefault(QUERY, List.of("")).get(0), filters,
        DateBounds.from(first(FROM)), DateBounds.to(first(TO)), sort.isEmpty() ? null : SortOrder.parse(sort),
        number(PAGE, 1), number(SIZE, DEFAULT_SIZE), facetLimit, flag(EXACT), allVersions());
  }

  private boolean allVersions() {
    String text = first(DUPS).toLowerCase(java.util.Locale.ROOT);
    return switch (text) {
      case "", "hide" -> false;
      case "show" -> true;
      default -> throw new SearchException(DUPS + " must be show or hide, not '" + shorten(text) + "'");
    };
  }

  private boolean flag(String name) {
    String text = first(name).toLowerCase(java.util.Locale.ROOT);
    return switch (text) {
      case "", "0", "false", "off", "no" -> false;
      case "1", "true", "on", "yes" -> true;
      default -> throw new SearchException("flag", name + " must be 1 or 0, not '" + shorten(text) + "'", name, shorten(text));
    };
  }

  private int number(String name, int fallback) {
    String text = first(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new SearchException("wholeNumber", name + " must be a whole number, not '" + shorten(text) + "'", name, shorten(text));
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static Set<String> searchNames() {
    Set<String> names = new java.util.HashSet<>(FILTERS);
    names.addAll(List.of(QUERY, FROM, TO, SORT, PAGE, SIZE, EXACT, DUPS));
    return Set.copyOf(names);
  }
}
