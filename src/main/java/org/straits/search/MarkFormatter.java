package org.straits.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats passages as HTML: the document's text escaped, matches wrapped in {@code <mark>}, and
 * nothing else. Returns one string per passage so callers can lay them out.
 */
final class MarkFormatter extends PassageFormatter {
  private final Set<String> hanWords;

  /** {@code hanWords}: the query's Chinese words ({@link QueryHanWords}), which Chinese marks follow. */
  MarkFormatter(Set<String> hanWords) {
    this.hanWords = hanWords;
  }

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      snippets.add(collapseSpace(format(passage, content)));
    }
    return snippets.toArray(String[]::new);
  }

  private String format(Passage passage, String content) {
    StringBuilder html = new StringBuilder(passage.getEndOffset() - passage.getStartOffset() + 64);
    int pos = Marks.appendMatches(passage, content, passage.getStartOffset(), html, () -> "<mark>", hanWords);
    Html.escape(content, pos, passage.getEndOffset(), html);
    return html.toString();
  }

  private static String collapseSpace(String html) {
    return Spaces.collapse(html).strip();
  }
}
