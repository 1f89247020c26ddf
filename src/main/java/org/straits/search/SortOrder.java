package org.straits.search;

import java.util.Locale;

/** How results are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST,
  /** Most recently added first: by date, or first indexing time when later (what a feed reports). */
  ADDED;

  /** Parses "relevance", "newest", "oldest" or "added" (any case). */
  public static SortOrder parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SearchException("sort", "unknown sort '" + text + "': use relevance, newest, oldest or added", text);
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
