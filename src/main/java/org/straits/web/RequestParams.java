package org.straits.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import org.straits.schema.FacetDim;
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
  /** "1": the region and actor facets leave out unreviewed (discovered) values. */
  public static final String REVIEWED = "reviewed";
  /** "show": every version of a reposted story is a hit; "hide" (the default) lists the story once. */
  public static final String DUPS = "dups";
  /** Filter parameters are named after their facet dimensions and may repeat (values OR-ed). */
  public static final List<String> FILTERS = FacetDim.filterIds();
  /** {@code not_region=Taiwan}: a value no hit may have; repeatable. */
  public static final String NOT_PREFIX = "not_";
  /** {@code region_op=and}: every selected value of the facet is required. */
  public static final String OP_SUFFIX = "_op";
  /**
   * {@code more=actor}: the search page lists every fetched value of that facet, not only the top
   * few (the sidebar's "Show more" without JavaScript); repeatable, and a name that is no facet is
   * ignored. The page's alone: it changes the view, not the search.
   */
  public static final String MORE = "more";
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

  /** The search these parameters describe, without trees; a bad date is an error. */
  public SearchRequest searchRequest(int facetLimit) {
    return searchRequest(facetLimit, 0, DateBounds.from(first(FROM)), DateBounds.to(first(TO)));
  }

  /** The search with the given date range (the page leaves a bad date out and says so beside it). */
  public SearchRequest searchRequest(int facetLimit, int treeDepth, LocalDate from, LocalDate to) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    Map<String, List<String>> excluded = new LinkedHashMap<>();
    Set<String> allOf = new java.util.LinkedHashSet<>();
    for (String dim : FILTERS) {
      putIfAny(filters, dim, all(dim));
      putIfAny(excluded, dim, all(NOT_PREFIX + dim));
      if (operator(dim)) {
        allOf.add(dim);
      }
    }
    String sort = first(SORT);
    return new SearchRequest(values.getOrDefault(QUERY, List.of("")).get(0), filters, excluded, allOf, from, to,
        sort.isEmpty() ? null : SortOrder.parse(sort), number(PAGE, 1), number(SIZE, DEFAULT_SIZE), facetLimit,
        treeDepth, flag(EXACT), flag(REVIEWED), allVersions());
  }

  /**
   * The reader's messages for the date fields that are not dates, by parameter ({@code from},
   * {@code to}); an empty range (from after to) is named at {@code to}.
   */
  public Map<String, String> dateErrors() {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate from = dateOrNull(FROM, true, errors);
    LocalDate to = dateOrNull(TO, false, errors);
    if (from != null && to != null && from.isAfter(to)) {
      errors.put(TO, "the date range is empty: from " + from + " is after to " + to);
    }
    return errors;
  }

  /** The date of {@code name}, or null when absent or not a date (then named in {@code errors}). */
  public LocalDate dateOrNull(String name, boolean first, Map<String, String> errors) {
    try {
      return first ? DateBounds.from(first(name)) : DateBounds.to(first(name));
    } catch (SearchException e) {
      errors.put(name, e.getMessage());
      return null;
    }
  }

  /** True for {@code <dim>_op=and}; {@code or} or nothing is the default. */
  private boolean operator(String dim) {
    String op = first(dim + OP_SUFFIX).toLowerCase(java.util.Locale.ROOT);
    return switch (op) {
      case "", "or" -> false;
      case "and" -> true;
      default -> throw new SearchException("operator", dim + OP_SUFFIX + " must be 'and' or 'or', not '" + shorten(op) + "'",
          dim + OP_SUFFIX, shorten(op));
    };
  }

  /** {@code dups=show}: every version of a reposted story is a hit; {@code hide} or nothing collapses them. */
  private boolean allVersions() {
    String text = first(DUPS).toLowerCase(java.util.Locale.ROOT);
    return switch (text) {
      case "", "hide" -> false;
      case "show" -> true;
      default -> throw new SearchException("dups", DUPS + " must be show or hide, not '" + shorten(text) + "'",
          DUPS, shorten(text));
    };
  }

  private static void putIfAny(Map<String, List<String>> into, String dim, List<String> values) {
    if (!values.isEmpty()) {
      into.put(dim, new ArrayList<>(values));
    }
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
    for (String dim : FILTERS) {
      names.add(NOT_PREFIX + dim);
      names.add(dim + OP_SUFFIX);
    }
    names.addAll(List.of(QUERY, FROM, TO, SORT, PAGE, SIZE, EXACT, REVIEWED, DUPS));
    return Set.copyOf(names);
  }
}
