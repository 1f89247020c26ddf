package org.straits.search;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.search.uhighlight.Passage;

/** Writes a passage's text as HTML with its matches marked: the one rule both formatters share. */
final class Marks {
  private Marks() {}

  /**
   * Appends {@code content} from {@code pos} through the passage's last match, escaped, each
   * match wrapped in {@code openTag.get()} … {@code </mark>}; returns where it stopped. A run of
   * Chinese matches is marked only over the query's words in it ({@code hanWords},
   * {@link QueryHanWords}; see {@link HanRuns}).
   */
  static int appendMatches(Passage passage, String content, int pos, StringBuilder html, Supplier<String> openTag,
      Set<String> hanWords) {
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int first = i;
      int start = Math.max(starts[i], pos);
      int end = ends[i];
      // Overlapping matches (a phrase and one of its words, neighbouring bigrams) become one
      // mark, never nested marks; so do matches only whitespace apart ("Xi Jinping" is one
      // match of the query, counted once on the document page).
      while (i + 1 < passage.getNumMatches() && (starts[i + 1] < end || onlySpaceBetween(content, end, starts[i + 1]))) {
        end = Math.max(end, ends[++i]);
      }
      if (end <= start) {
        continue;
      }
      for (int[] piece : HanRuns.pieces(passage, first, i, start, end, hanWords, content)) {
        Html.escape(content, pos, piece[0], html);
        html.append(openTag.get());
        Html.escape(content, piece[0], piece[1], html);
        html.append("</mark>");
        pos = piece[1];
      }
    }
    return pos;
  }

  static boolean onlySpaceBetween(String content, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(content.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
