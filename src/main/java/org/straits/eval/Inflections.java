package org.straits.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two English words are forms of one word (visit, visits, visited, visiting), judged
 * without Straits' own analysis so that the measure does not grade the stemmer by itself. An
 * acronym in capitals (US) is only ever itself: "use" and "US" are different words.
 */
final class Inflections {
  private static final int MIN_BASE = 3;

  private Inflections() {}

  static boolean sameWord(String query, String document) {
    if (isAcronym(query) || isAcronym(document)) {
      return undotted(query).equals(undotted(document));
    }
    String q = query.toLowerCase(Locale.ROOT);
    String d = document.toLowerCase(Locale.ROOT);
    if (q.equals(d)) {
      return true;
    }
    Set<String> bases = bases(q);
    bases.retainAll(bases(d));
    return !bases.isEmpty();
  }

  /** Capitals only, two letters or more, or dotted single letters (U.S.). */
  static boolean isAcronym(String word) {
    String letters = undotted(word);
    if (letters.length() < 2) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return false;
      }
    }
    return letters.length() <= 5 || word.contains(".");
  }

  private static String undotted(String word) {
    return word.replace(".", "");
  }

  /** The word and the bases its English suffixes could have been added to. */
  private static Set<String> bases(String w) {
    Set<String> bases = new HashSet<>();
    bases.add(w);
    strip(bases, w, "s", "");
    strip(bases, w, "es", "");
    strip(bases, w, "ies", "y");
    strip(bases, w, "ied", "y");
    strip(bases, w, "ed", "");
    strip(bases, w, "ed", "e");
    strip(bases, w, "ing", "");
    strip(bases, w, "ing", "e");
    strip(bases, w, "'s", "");
    strip(bases, w, "’s", "");
    for (String suffix : new String[] {"ed", "ing"}) {
      // planned → plan, visiting → visit: a doubled final consonant.
      if (w.endsWith(suffix) && w.length() - suffix.length() > MIN_BASE) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          bases.add(stem.substring(0, stem.length() - 1));
        }
      }
    }
    return bases;
  }

  private static void strip(Set<String> bases, String w, String suffix, String replacement) {
    if (w.endsWith(suffix) && w.length() - suffix.length() + replacement.length() >= MIN_BASE) {
      bases.add(w.substring(0, w.length() - suffix.length()) + replacement);
    }
  }
}
