package org.straits.search;

import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats a whole field as HTML: the text escaped and every match wrapped in a numbered
 * {@code <mark id="mN">}, so a page can link to the first match. Line breaks are kept (the page
 * shows the text pre-wrapped).
 */
final class WholeTextFormatter extends PassageFormatter {
  private final String idPrefix;
  private final Set<String> hanWords;
  private int count;

  /**
   * {@code idPrefix} keeps ids unique when several fields of one page are marked; {@code hanWords}
   * are the query's Chinese words ({@link QueryHanWords}), which Chinese marks follow.
   */
  WholeTextFormatter(String idPrefix, Set<String> hanWords) {
    this.idPrefix = idPrefix;
    this.hanWords = hanWords;
  }

  /** Marks written so far. */
  int count() {
    return count;
  }

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder html = new StringBuilder(content.length() + 64);
    int pos = 0;
    for (Passage passage : passages) {
      pos = formatPassage(passage, content, pos, html);
    }
    Html.escape(content, pos, content.length(), html);
    return html.toString();
  }

  private int formatPassage(Passage passage, String content, int pos, StringBuilder html) {
    return Marks.appendMatches(passage, content, pos, html, () -> "<mark id=\"" + idPrefix + (++count) + "\">", hanWords);
  }
}
