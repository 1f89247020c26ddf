package org.straits.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats a whole field as HTML: the text escaped and every match wrapped in a numbered
 * {@code <mark id="mN">}, so a page can link to the first match. Line breaks are kept (the page
 * shows the text pre-wrapped).
 */
final class WholeTextFormatter extends PassageFormatter {
  private final String idPrefix;
  private int count;

  /** {@code idPrefix} keeps ids unique when several fields of one page are marked. */
  WholeTextFormatter(String idPrefix) {
    this.idPrefix = idPrefix;
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
      html.append("<mark id=\"").append(idPrefix).append(++count).append("\">");
      Html.escape(content, start, end, html);
      html.append("</mark>");
      pos = end;
    }
    return pos;
  }
}
