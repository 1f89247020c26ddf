package org.straits.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;

/**
 * Where a run of overlapping matches is marked when Chinese bigrams are among them. Neighbouring
 * bigrams overlap, so a pasted sentence's bigrams glued into one mark whatever they spanned: for
 * 是中国的内政, a document's 是中国的内部 was marked 是中国的内 as one run, though only 中国 is a word
 * of the query there and 的内 is the edge between 的 and 内政. Marks follow the query's words
 * instead: the characters of a run are marked where they belong to one of its words (a word
 * term, a bigram that is a word, a chain of bigrams spelling a word: 解放 放军 inside
 * 中国人民解放军 for 解放军, a one-character word at either end of a bigram), and matches that are
 * not Chinese stay as they are. What is searched and how it scores is untouched.
 */
final class HanRuns {
  private HanRuns() {}

  /**
   * The pieces ({@code [start, end)}, in order) of the run of matches {@code first..last}, which
   * spans {@code [start, end)}: the run itself unless it holds a Chinese term that is no word of
   * the query.
   */
  static List<int[]> pieces(Passage passage, int first, int last, int start, int end, Set<String> hanWords,
      String content) {
    if (hanWords.isEmpty() || !hasNonWordBigram(passage, first, last, hanWords)) {
      return List.of(new int[] {start, end});
    }
    List<int[]> covered = new ArrayList<>();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    BytesRef[] terms = passage.getMatchTerms();
    for (int i = first; i <= last; i++) {
      String term = terms[i].utf8ToString();
      boolean bigram = QueryHanWords.isHan(term) && isBigram(term, starts[i], ends[i]);
      if (!QueryHanWords.isHan(term) || hanWords.contains(term)) {
        covered.add(new int[] {starts[i], ends[i]});
      } else if (bigram) {
        addEndsThatAreWords(term, starts[i], covered, hanWords);
      }
      if (bigram) {
        addChainsSpellingWords(passage, i, last, covered, hanWords);
      }
    }
    return merged(covered, start, end, content);
  }

  private static boolean hasNonWordBigram(Passage passage, int first, int last, Set<String> hanWords) {
    BytesRef[] terms = passage.getMatchTerms();
    for (int i = first; i <= last; i++) {
      String term = terms[i].utf8ToString();
      if (QueryHanWords.isHan(term) && !hanWords.contains(term)) {
        return true;
      }
    }
    return false;
  }

  /** Two Han characters over two characters of text (a mapped Taiwan word may span more). */
  private static boolean isBigram(String term, int start, int end) {
    return term.length() == 2 && end - start == 2;
  }

  /** 涉 of 涉港 when 涉 is a word of the query by itself. */
  private static void addEndsThatAreWords(String bigram, int start, List<int[]> covered, Set<String> hanWords) {
    if (hanWords.contains(bigram.substring(0, 1))) {
      covered.add(new int[] {start, start + 1});
    }
    if (hanWords.contains(bigram.substring(1))) {
      covered.add(new int[] {start + 1, start + 2});
    }
  }

  /** Each chain of bigrams one character apart from match {@code from} on that spells a query word. */
  private static void addChainsSpellingWords(Passage passage, int from, int last, List<int[]> covered,
      Set<String> hanWords) {
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    BytesRef[] terms = passage.getMatchTerms();
    StringBuilder spelled = new StringBuilder(terms[from].utf8ToString());
    int at = from;
    while (true) {
      int next = nextBigram(passage, at, last, spelled.charAt(spelled.length() - 1));
      if (next < 0) {
        return;
      }
      spelled.append(terms[next].utf8ToString().charAt(1));
      if (hanWords.contains(spelled.toString())) {
        covered.add(new int[] {starts[from], ends[next]});
      }
      at = next;
    }
  }

  /** The bigram match starting one character after match {@code at} and going on from {@code lastChar}, or -1. */
  private static int nextBigram(Passage passage, int at, int last, char lastChar) {
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    BytesRef[] terms = passage.getMatchTerms();
    for (int k = at + 1; k <= last && starts[k] <= starts[at] + 1; k++) {
      String term = terms[k].utf8ToString();
      if (starts[k] == starts[at] + 1 && QueryHanWords.isHan(term) && isBigram(term, starts[k], ends[k])
          && term.charAt(0) == lastChar) {
        return k;
      }
    }
    return -1;
  }

  /** The covered spans within {@code [start, end)}, joined where they overlap, touch or only whitespace parts them. */
  private static List<int[]> merged(List<int[]> covered, int start, int end, String content) {
    covered.sort(Comparator.comparingInt((int[] span) -> span[0]));
    List<int[]> pieces = new ArrayList<>();
    for (int[] span : covered) {
      int from = Math.max(span[0], start);
      int to = Math.min(span[1], end);
      if (to <= from) {
        continue;
      }
      int[] previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
      if (previous != null && (from <= previous[1] || Marks.onlySpaceBetween(content, previous[1], from))) {
        previous[1] = Math.max(previous[1], to);
      } else {
        pieces.add(new int[] {from, to});
      }
    }
    return pieces;
  }
}
