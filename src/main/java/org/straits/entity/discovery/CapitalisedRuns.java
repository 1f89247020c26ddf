package org.straits.entity.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.straits.entity.EntityType;

/**
 * The runs of capitalised words in English text that {@link EnglishNames} reads as names:
 * capitalised words with short connectors inside ("Institute for National Defense"), joined by
 * single spaces, stop words and connectors trimmed from either end. A run ends at a possessive
 * ("China's"), so the owner and the thing owned are read apart.
 */
final class CapitalisedRuns {
  /** The connectors as an array: most short lower-case words are tested without a copy of them. */
  private static final String[] CONNECTORS = EnglishWords.CONNECTORS.toArray(String[]::new);

  private CapitalisedRuns() {}

  /** A word of a run; {@code lower} is its lower-case form, which every word-list test reads. */
  record Word(int start, int end, String text, String lower, boolean possessive) {
    Word(int start, int end, String text, boolean possessive) {
      this(start, end, text, text.toLowerCase(java.util.Locale.ROOT), possessive);
    }

    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }

    boolean acronym() {
      if (text.length() <= 1) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c) && !Character.isUpperCase(c)) {
          return false;
        }
      }
      return true;
    }

    boolean in(Set<String> words) {
      return words.contains(lower);
    }

    EntityType head(java.util.Map<String, EntityType> heads) {
      return heads.get(lower);
    }

    boolean givenName() {
      return EnglishWords.givenNameLower(lower);
    }
  }

  /** The runs of {@code text}, in text order. */
  static List<List<Word>> of(String text) {
    return runs(text, words(text));
  }

  /**
   * The words a run can hold: capitalised words and short lower-case connectors ("of", "for").
   * Other words are skipped; the gap they leave breaks a run, since runs join on single spaces.
   * A hand-written scan rather than a regular expression: it runs over every English document.
   */
  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '&') {
        i++;
        continue;
      }
      int start = i;
      if (c == '&') {
        i++;
      } else {
        i = wordEnd(text, i + 1);
      }
      boolean capital = Character.isUpperCase(c);
      if (!capital && !(c == '&' || i - start <= 3)) {
        continue;
      }
      int end = i;
      boolean possessive = end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2));
      if (possessive) {
        end -= 2;
      }
      if (capital || isConnector(text, start, end)) {
        words.add(new Word(start, end, text.substring(start, end), possessive));
      }
    }
    return words;
  }

  private static boolean isConnector(String text, int start, int end) {
    for (String connector : CONNECTORS) {
      if (connector.length() == end - start && text.startsWith(connector, start)) {
        return true;
      }
    }
    return false;
  }

  /** The end of a word: letters and digits, joined by an apostrophe, hyphen or dot before a letter. */
  private static int wordEnd(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\'' || c == '’' || c == '-' || c == '.') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** Maximal runs of capitalised words, with connectors inside, joined by single spaces. */
  private static List<List<Word>> runs(String text, List<Word> words) {
    List<List<Word>> runs = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      boolean joins = !run.isEmpty() && joined(text, run.get(run.size() - 1), w);
      boolean fits = w.capitalised() || (joins && connectorBeforeCapital(text, words, i));
      if (!(fits && (joins || run.isEmpty()))) {
        flush(run, runs);
        run = new ArrayList<>();
        if (!w.capitalised()) {
          continue;
        }
      }
      run.add(w);
      if (w.possessive()) {
        flush(run, runs);
        run = new ArrayList<>();
      }
    }
    flush(run, runs);
    return runs;
  }

  private static boolean joined(String text, Word before, Word after) {
    int gap = after.start() - before.end();
    return gap == 1 && text.charAt(before.end()) == ' '
        || gap == 2 && text.startsWith(". ", before.end()) && before.text().length() == 1;
  }

  private static boolean connectorBeforeCapital(String text, List<Word> words, int i) {
    for (int j = i; j < words.size() && j < i + 3; j++) {
      Word w = words.get(j);
      if (j > i && !joined(text, words.get(j - 1), w)) {
        return false;
      }
      if (w.capitalised()) {
        return j > i;
      }
      if (!w.in(EnglishWords.CONNECTORS)) {
        return false;
      }
    }
    return false;
  }

  private static void flush(List<Word> run, List<List<Word>> runs) {
    int from = 0;
    while (from < run.size() && (run.get(from).in(EnglishWords.STOP) || !run.get(from).capitalised())) {
      from++;
    }
    int to = run.size();
    while (to > from && (!run.get(to - 1).capitalised() || run.get(to - 1).in(EnglishWords.STOP))) {
      to--;
    }
    if (to > from) {
      runs.add(new ArrayList<>(run.subList(from, to))); // one list class behind every run: calls on it stay monomorphic
    }
  }
}
