package org.straits.search;

import java.io.IOException;
import java.util.List;

/**
 * Finds documents by what an administrator types: the exact id first, then ids that start with
 * the text, then titles that contain it as a word prefix (the suggester's title query, so Chinese
 * and English titles behave as in the search box). The engine in use looks them up.
 */
public final class DocumentPicker {
  public static final int MAX_TEXT_LENGTH = Suggester.MAX_TEXT_LENGTH;
  public static final int MAX_LIMIT = Suggester.MAX_LIMIT;

  private final SearchEngine engine;

  public DocumentPicker(SearchEngine engine) {
    this.engine = engine;
  }

  /** A document as the picker lists it. */
  public record Pick(String id, String title, String file, String date, String lang) {}

  /** At most {@code limit} documents for {@code typed}; blank text finds nothing. */
  public List<Pick> find(String typed, int limit) throws IOException {
    if (typed.length() > MAX_TEXT_LENGTH) {
      throw new SearchException("the document picker takes at most " + MAX_TEXT_LENGTH + " characters, not " + typed.length());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SearchException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    String text = typed.strip();
    return text.isEmpty() ? List.of() : engine.pick(text, limit);
  }
}
