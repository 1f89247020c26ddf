package org.straits.entity.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed list of short Chinese words, looked up by their first character: whether a stretch of
 * text holds one, and whether one ends at a given place. It replaces an alternation of sixty
 * words as a regular expression, which tried every alternative at every character of every
 * sentence and took about a third of discovery's time on CCTV text; here a character that starts
 * no word costs one array read (a table over all 65,536 UTF-16 units: 256 KB, no boxing).
 */
final class HanWords {
  private final String[][] byFirst;
  private final String[][] byLast;
  private final List<String> words;

  HanWords(String... words) {
    this.words = List.of(words);
    this.byFirst = index(words, true);
    this.byLast = index(words, false);
  }

  /** The list with more words. */
  HanWords with(String... more) {
    List<String> all = new ArrayList<>(words);
    all.addAll(List.of(more));
    return new HanWords(all.toArray(String[]::new));
  }

  /** Whether {@code text} holds one of the words between {@code from} and {@code to}. */
  boolean occursIn(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      String[] candidates = byFirst[text.charAt(i)];
      if (candidates != null) {
        for (String word : candidates) {
          if (i + word.length() <= to && text.startsWith(word, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether one of the words ends right before {@code end} of {@code text}. */
  boolean endsAt(String text, int end) {
    String[] candidates = end > 0 ? byLast[text.charAt(end - 1)] : null;
    if (candidates != null) {
      for (String word : candidates) {
        if (end >= word.length() && text.startsWith(word, end - word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the words starts at {@code at} of {@code text}. */
  boolean startsAt(String text, int at) {
    String[] candidates = at < text.length() ? byFirst[text.charAt(at)] : null;
    if (candidates != null) {
      for (String word : candidates) {
        if (text.startsWith(word, at)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String[][] index(String[] words, boolean first) {
    String[][] table = new String[Character.MAX_VALUE + 1][];
    for (String word : words) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("an empty word in a word list");
      }
      char key = first ? word.charAt(0) : word.charAt(word.length() - 1);
      String[] list = table[key] == null ? new String[0] : table[key];
      if (!List.of(list).contains(word)) {
        list = java.util.Arrays.copyOf(list, list.length + 1);
        list[list.length - 1] = word;
        table[key] = list;
      }
    }
    return table;
  }
}
