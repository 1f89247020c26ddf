package org.straits.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.straits.schema.FacetDim;

/**
 * Checks a request's filter values before an engine applies them: a region or actor value must
 * name a gazetteer entity (by any name, in the suggester's normalisation), another value must
 * occur in the index. A value that names nothing is left out of the request — never silently
 * applied to match nothing — and named back with what it may have meant. Engine-neutral: the
 * engine supplies its catalogue of indexed values.
 */
public final class FilterResolver {
  static final int SUGGESTIONS = 3;

  /** The values an index holds for the flat dimensions (author, lang, source) and at the top of the others. */
  public interface ValueCatalog {
    boolean has(String dim, String value);

    List<String> values(String dim);
  }

  /** The request with only known values, and a notice per value left out. */
  public record Resolved(SearchRequest request, List<SearchResult.Notice> notices) {}

  private final EntityNames names;

  public FilterResolver(EntityNames names) {
    this.names = names;
  }

  public Resolved resolve(SearchRequest request, ValueCatalog catalog) {
    List<SearchResult.Notice> notices = new ArrayList<>();
    Map<String, List<String>> filters = known(request.filters(), catalog, notices);
    Map<String, List<String>> excluded = known(request.excluded(), catalog, notices);
    if (notices.isEmpty()) {
      return new Resolved(request, List.of());
    }
    return new Resolved(request.withFilters(filters, excluded), List.copyOf(notices));
  }

  private Map<String, List<String>> known(Map<String, List<String>> byDim, ValueCatalog catalog,
      List<SearchResult.Notice> notices) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    byDim.forEach((dim, values) -> {
      List<String> good = new ArrayList<>();
      for (String value : values) {
        if (isKnown(dim, value, catalog)) {
          good.add(value);
        } else {
          notices.add(SearchResult.Notice.unknownValue(dim, value, suggestions(dim, value, catalog)));
        }
      }
      if (!good.isEmpty()) {
        kept.put(dim, good);
      }
    });
    return kept;
  }

  private boolean isKnown(String dim, String value, ValueCatalog catalog) {
    if (!FacetDim.of(dim).orElseThrow().entity()) {
      return catalog.has(dim, value);
    }
    String[] path = names.facetPath(value);
    // A name no one curated is known when the index holds it as a value (found by discovery).
    return path.length > 0 && (names.idOf(path[path.length - 1]).isPresent()
        || (path.length == 1 && catalog.has(dim, path[0])));
  }

  private List<String> suggestions(String dim, String value, ValueCatalog catalog) {
    if (FacetDim.of(dim).orElseThrow().entity()) {
      return names.similar(dim, value, SUGGESTIONS);
    }
    String typed = EntityNames.key(value);
    int allowed = Math.min(2, Math.max(1, typed.length() / 4));
    return catalog.values(dim).stream()
        .filter(known -> {
          String key = EntityNames.key(known);
          return key.startsWith(typed) || EditDistance.of(key, typed, allowed) <= allowed;
        })
        .sorted((a, b) -> Integer.compare(EditDistance.of(EntityNames.key(a), typed, 3),
            EditDistance.of(EntityNames.key(b), typed, 3)))
        .limit(SUGGESTIONS)
        .toList();
  }

}
