package org.straits.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats passages as HTML: the document's text escaped, matches wrapped in {@code <mark>}, and
 * nothing else. Returns one string per passage so callers can lay them out.
 */
final class MarkFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      snippets.add(collapseSpace(format(passage, content)));
    }
    return snippets.toArray(String[]::new);
  }

  private static String format(Passage passage, String content) {
    StringBuilder html = new StringBuilder();
    int pos = passage.getStartOffset();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int start = Math.max(starts[i], pos);
      int end = ends[i];
      // Overlapping matches (a phrase and one of its words) become one mark, never nested marks.
      while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
        end = Math.max(end, ends[++i]);
      }
      if (end <= start) {
        continue;
      }
      Html.escape(content, pos, start, html);
      html.append("<mark>");
      Html.escape(content, start, end, html);
      html.append("</mark>");
      pos = end;
    }
    Html.escape(content, pos, passage.getEndOffset(), html);
    return html.toString();
  }

  private static String collapseSpace(String html) {
    return html.replaceAll("\\s+", " ").strip();
  }
}
