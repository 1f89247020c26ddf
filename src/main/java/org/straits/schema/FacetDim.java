package org.straits.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facet dimensions, once: their names (in URLs, the API, the CLI and the index), whether they
 * are hierarchical (a path of values) and multi-valued, and whether one filters by their values
 * (the date is filtered by a range instead).
 */
public enum FacetDim {
  /** A person named as author. */
  AUTHOR("author", false, true, true),
  /** Hierarchical: year → month → day ("2024" → "2024-02" → "2024-02-21"). */
  DATE("date", true, false, false),
  /** Hierarchical along the gazetteer's "part of" relation. */
  REGION("region", true, true, true),
  /** Hierarchical along the gazetteer's "part of" relation. */
  ACTOR("actor", true, true, true),
  LANG("lang", false, false, true),
  SOURCE("source", false, false, true);

  /** The dimensions one filters by value, in the order pages and the CLI list them. */
  public static final List<FacetDim> FILTERS = List.of(REGION, ACTOR, AUTHOR, LANG, SOURCE);

  private final String id;
  private final boolean hierarchical;
  private final boolean multiValued;
  private final boolean filter;

  FacetDim(String id, boolean hierarchical, boolean multiValued, boolean filter) {
    this.id = id;
    this.hierarchical = hierarchical;
    this.multiValued = multiValued;
    this.filter = filter;
  }

  /** The dimension's name everywhere: URL parameter, API key, index dimension. */
  public String id() {
    return id;
  }

  public boolean hierarchical() {
    return hierarchical;
  }

  public boolean multiValued() {
    return multiValued;
  }

  /** True when requests filter by its values (region=…); false for the date (a range). */
  public boolean filter() {
    return filter;
  }

  /** Region and actor: values are gazetteer entities, resolved by any of their names. */
  public boolean entity() {
    return this == REGION || this == ACTOR;
  }

  /** The i18n key of its label, e.g. {@code facet.region}. */
  public String labelKey() {
    return "facet." + id;
  }

  public static Optional<FacetDim> of(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }

  /** Every dimension's id, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(FacetDim::id).toList();
  }

  /** The ids of the dimensions one filters by, for messages ("use region, actor, …"). */
  public static List<String> filterIds() {
    return FILTERS.stream().map(FacetDim::id).toList();
  }

  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}
