package org.straits.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links that change one thing about the current search (add or remove a filter, another page,
 * another order), so every state of the page is a plain URL and the back button works.
 */
public final class SearchLinks {
  private final String path;
  private final Map<String, List<String>> params;

  public SearchLinks(String path, Map<String, List<String>> params) {
    this.path = path;
    this.params = copy(params);
  }

  /** The current search itself. */
  public String current() {
    return build(params);
  }

  /** The same search on another path, e.g. an export. */
  public SearchLinks on(String otherPath) {
    return new SearchLinks(otherPath, params);
  }

  /** Adds {@code value} to a filter if absent, removes it if present; back to page 1. */
  public String toggle(String name, String value) {
    Map<String, List<String>> next = withoutPage();
    List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    next.put(name, values);
    return build(next);
  }

  /** Moves {@code value} from parameter {@code from} to {@code to} (region → not_region); back to page 1. */
  public String move(String from, String to, String value) {
    Map<String, List<String>> next = withoutPage();
    List<String> source = new ArrayList<>(next.getOrDefault(from, List.of()));
    source.remove(value);
    next.put(from, source);
    List<String> target = new ArrayList<>(next.getOrDefault(to, List.of()));
    if (!target.contains(value)) {
      target.add(value);
    }
    next.put(to, target);
    return build(next);
  }

  /** Puts {@code replacement} in the place of {@code value} of {@code name}; back to page 1. */
  public String replace(String name, String value, String replacement) {
    Map<String, List<String>> next = withoutPage();
    List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
    int at = values.indexOf(value);
    if (at >= 0) {
      values.set(at, replacement);
    } else {
      values.add(replacement);
    }
    next.put(name, values);
    return build(next);
  }

  /** Replaces every value of {@code name} (blank removes it); back to page 1. */
  public String with(String name, String value) {
    Map<String, List<String>> next = withoutPage();
    next.put(name, value == null || value.isEmpty() ? List.of() : List.of(value));
    return build(next);
  }

  /** Several replacements at once, e.g. a date range. */
  public String with(String name1, String value1, String name2, String value2) {
    Map<String, List<String>> next = withoutPage();
    next.put(name1, List.of(value1));
    next.put(name2, List.of(value2));
    return build(next);
  }

  /**
   * The current search with every fetched value of facet {@code dim} listed ({@code more=dim}),
   * on the same page of results, scrolled to that facet.
   */
  public String expand(String dim) {
    Map<String, List<String>> next = copy(params);
    next.put(RequestParams.MORE, List.of(dim));
    return build(next) + "#" + anchor(dim);
  }

  /** The current search scrolled to facet {@code dim}'s panel (whose id this is). */
  public String at(String dim) {
    return current() + "#" + anchor(dim);
  }

  static String anchor(String dim) {
    return "facet-" + dim;
  }

  public String page(int page) {
    Map<String, List<String>> next = copy(params);
    next.put(RequestParams.PAGE, page == 1 ? List.of() : List.of(Integer.toString(page)));
    return build(next);
  }

  /** Hidden form fields that carry the state a form does not edit itself. */
  public List<Map.Entry<String, String>> hiddenExcept(List<String> edited) {
    List<Map.Entry<String, String>> hidden = new ArrayList<>();
    params.forEach((name, values) -> {
      if (!edited.contains(name) && !name.equals(RequestParams.PAGE)) {
        values.forEach(v -> hidden.add(Map.entry(name, v)));
      }
    });
    return hidden;
  }

  /** The document page for {@code id}, carrying the query so its matches are highlighted. */
  public static String document(String id, String query) {
    // Ids look like paths (guardian:world/2008/mar/22/taiwan): keep '/' and ':' readable.
    String path = DocumentPage.PREFIX + encode(id).replace("%2F", "/").replace("%3A", ":");
    return query == null || query.isBlank() ? path : path + "?q=" + encode(query.strip());
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Map<String, List<String>> withoutPage() {
    Map<String, List<String>> next = copy(params);
    next.remove(RequestParams.PAGE);
    return next;
  }

  private String build(Map<String, List<String>> state) {
    StringBuilder url = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, List<String>> entry : state.entrySet()) {
      for (String value : entry.getValue()) {
        if (value.isEmpty()) {
          continue;
        }
        url.append(separator).append(encode(entry.getKey())).append('=').append(encode(value));
        separator = '&';
      }
    }
    return url.toString();
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> params) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return copy;
  }
}
