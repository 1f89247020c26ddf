package org.straits.search;

import java.util.Locale;

/** How results are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** Parses "relevance", "newest" or "oldest" (any case). */
  public static SortOrder parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SearchException("sort", "unknown sort '" + text + "': use relevance, newest or oldest", text);
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
